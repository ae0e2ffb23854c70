"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function UserMenu({ name, email, role }: { name: string; email: string; role: string }) {
  const t = useTranslations();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="flex items-center gap-2 rounded-md px-2 py-1 text-left hover:bg-slate-100">
        <span className="flex flex-col leading-tight">
          <span className="text-sm font-medium" data-testid="user-name">
            {name}
          </span>
          <span className="text-xs text-slate-600" data-testid="user-role">
            {t(`roles.${role}`)}
          </span>
        </span>
        <span aria-hidden>▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={6} className="z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
          <DropdownMenu.Label className="px-3 py-2 text-xs text-slate-600">{email}</DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
          <DropdownMenu.Item
            onSelect={() => signOut({ callbackUrl: "/sign-in" })}
            className="cursor-pointer rounded px-3 py-2 text-sm outline-none data-[highlighted]:bg-brand-50"
          >
            {t("shell.signOut")}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
