"use client";

import type { TextareaHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";

export function Textarea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <textarea
      className={cn("block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700 sm:text-sm", className)}
      rows={3}
      {...props}
    />
  );
}
