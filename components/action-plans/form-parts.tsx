"use client";

import type { TextareaHTMLAttributes } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { cn } from "@/components/ui/cn";
import { describedBy } from "@/components/ui/field";

export function Textarea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <textarea
      className={cn("block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 sm:text-sm", className)}
      rows={3}
      {...props}
    />
  );
}

/**
 * The forms' fields are named loosely (their schemas read text as typed), so this binds one by
 * name with its id, error state and description, and returns the error's translation key.
 */
export function binder<T extends FieldValues, Out>(form: UseFormReturn<T, unknown, Out>, prefix = "") {
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  return (name: string, hint = false) => ({
    error: errors[name]?.message,
    props: {
      id: `${prefix}${name}`,
      "aria-invalid": !!errors[name],
      "aria-describedby": describedBy(`${prefix}${name}`, { error: errors[name], hint }),
      ...form.register(name as never),
    },
  });
}
