// The public API for Parcel (see ./files.js): the rules located first, then the API itself.
import './files.js';

export * from '../iin-checker.js';
