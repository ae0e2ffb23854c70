"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { signOutEverywhereAction } from "@/app/actions/sign-out-everywhere";

const itemClass = "cursor-pointer rounded px-3 py-2 text-sm outline-none data-[highlighted]:bg-brand-50";

/** Ends the sessions on every device, then this browser's as usual. If the first fails, this one still signs out. */
async function signOutEverywhere() {
  try {
    await signOutEverywhereAction({});
  } finally {
    await signOut({ callbackUrl: "/sign-in" });
  }
}

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
          <DropdownMenu.Item onSelect={() => signOut({ callbackUrl: "/sign-in" })} className={itemClass}>
            {t("shell.signOut")}
          </DropdownMenu.Item>
          <DropdownMenu.Item onSelect={() => void signOutEverywhere()} className={itemClass}>
            {t("shell.signOutEverywhere")}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
