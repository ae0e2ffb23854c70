"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import type { z } from "@/lib/validation/zod";
import type { Result } from "@/lib/result";

/** The form a schema's fields make: its values as the schema reads them, its output as the action takes it. */
export type ActionForm<Schema extends z.ZodType<FieldValues, FieldValues>> = UseFormReturn<z.input<Schema>, unknown, z.output<Schema>>;

/**
 * react-hook-form with the same zod schema the server action parses, and the action's answer
 * mapped back onto the fields: field problems under their field, anything else as a form-level
 * message (a translation key). Values stay in the form whatever the answer.
 */
export function useActionForm<Schema extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: Schema,
  defaultValues: DefaultValues<z.input<Schema>>,
  action: (values: z.output<Schema>) => Promise<Result<T>>,
  onSuccess?: (value: T, form: ActionForm<Schema>) => void,
) {
  const form: ActionForm<Schema> = useForm({ resolver: zodResolver(schema), defaultValues });
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    let result: Result<T>;
    try {
      result = await action(values);
    } catch {
      setFormError("errors.network");
      return;
    }
    if (result.ok) {
      setSaved(true);
      onSuccess?.(result.value, form);
      return;
    }
    const fields = result.fieldErrors ?? {};
    let placed = false;
    for (const [field, message] of Object.entries(fields)) {
      if (field === "_form") continue;
      form.setError(field as Path<z.input<Schema>>, { type: "server", message });
      placed = true;
    }
    setFormError(fields._form ?? (placed ? null : `errors.${result.reason}`));
  });

  return { form, onSubmit, formError, saved };
}
