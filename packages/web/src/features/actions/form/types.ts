import type { Draft } from '../form-model';
import { fieldId } from '../fields';

export interface SectionProps {
  draft: Draft;
  set: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
  errors: Record<string, string>;
}

/** id and error message of a field path, ready to spread on a field component. */
export const fieldProps = (errors: Record<string, string>, path: string) => ({ id: fieldId(path), error: errors[path] });
