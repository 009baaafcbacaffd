// The format checks the generated validators call, by the names the generator imports them under.
// `date-time` and `email` also accept the empty string: Zoom documents that it sends "" in these fields
// for some users (external participants, for one), and its own examples are full of them. Any other
// string must be a real date-time or e-mail address.
import { isDateTime } from './is-date-time.js';
import { isEmail } from './is-email.js';

export const dateTimeFormat = (s: string): boolean => s === '' || isDateTime(s);
export const emailFormat = (s: string): boolean => s === '' || isEmail(s);
export const int32Format = (n: number): boolean => Number.isInteger(n) && n <= 2147483647 && n >= -2147483648;
export const int64Format = (n: number): boolean => Number.isInteger(n);
