// <iin-checker> in React's JSX (the JSX namespace of React 19's types). Opt in with
//   import type {} from 'iin-checker/react';
// React itself is not a dependency: this file only adds to its types when they are there.

import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { IinCheckerAttributes, IinCheckerElement, IinCheckerEventProps } from './iin-checker-element.js';

type IinCheckerProps = Omit<
  DetailedHTMLProps<HTMLAttributes<IinCheckerElement>, IinCheckerElement>,
  keyof IinCheckerAttributes
> &
  IinCheckerAttributes &
  IinCheckerEventProps;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'iin-checker': IinCheckerProps;
    }
  }
}
