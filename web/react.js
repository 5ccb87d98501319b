// Types only: `import type {} from "iin-checker/react"` adds <iin-checker> to React's JSX (react.d.ts).
export {};
