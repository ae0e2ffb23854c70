import type { FieldValues, Path, UseFormRegisterReturn, UseFormReturn } from "react-hook-form";
import { describedBy } from "@/components/ui/field";

/** A field bound by `binder`: its error's translation key, and the props its control spreads. */
export interface BoundField {
  error: string | undefined;
  props: { id: string; "aria-invalid": boolean; "aria-describedby": string | undefined } & UseFormRegisterReturn;
}

/** Binds fields by name, for parts of a form that only lay its fields out. */
export type Bind<Name extends string> = (name: Name, hint?: boolean) => BoundField;

/** Binds a field by name with its id, error state and description, and returns the error's translation key. */
export function binder<T extends FieldValues, Out>(form: UseFormReturn<T, unknown, Out>, prefix = ""): Bind<Path<T>> {
  return (name, hint = false) => {
    const { error } = form.getFieldState(name, form.formState);
    return {
      error: error?.message,
      props: {
        id: `${prefix}${name}`,
        "aria-invalid": !!error,
        "aria-describedby": describedBy(`${prefix}${name}`, { error, hint }),
        ...form.register(name),
      },
    };
  };
}
