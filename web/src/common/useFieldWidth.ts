import { useIsPhone } from '../layout/useIsPhone';

/** A field's width: its own at a desk; on a phone the whole line (a form's, a filter drawer's). */
export function useFieldWidth(): (desk: number) => number | string {
  const phone = useIsPhone();
  return (desk) => (phone ? '100%' : desk);
}
