// <iin-checker> in React 19's JSX, after one type-only import.
import type {} from 'iin-checker/react';

export const form = (
  <form>
    <iin-checker name="iin" view="number" lang="ru" required oniin-check={(event) => console.log(event.detail.valid)} />
  </form>
);

// @ts-expect-error: view is one of the four views
export const wrong = <iin-checker view="calendar" />;
