export { IsBusinessDate, OCCUPATION_CODE, OCCUPATION_CODE_MESSAGE, trim } from '@skill-ladder/platform';

export const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
