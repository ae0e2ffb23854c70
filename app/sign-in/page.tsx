import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { singleSignOnEnabled, singleSignOnName } from "@/server/auth/auth-options";
import { currentActor } from "@/server/auth/current-actor";
import { SignInForm } from "./sign-in-form";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  if (await currentActor()) redirect("/dashboard");
  const t = await getTranslations();
  const { error } = await searchParams;
  return withClientMessages(
    ["signIn"],
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 p-4">
      <div className="self-end sm:absolute sm:right-6 sm:top-6">
        <LanguageSwitch />
      </div>
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-sm font-medium text-brand-700">{t("app.name")}</p>
        <h1 className="mt-1 text-2xl font-semibold">{t("signIn.title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("app.tagline")}</p>
        <SignInForm
          initialError={typeof error === "string" ? error : undefined}
          singleSignOn={singleSignOnEnabled() ? singleSignOnName() : null}
        />
      </div>
      <a href="/open-data" className="text-sm text-brand-700 underline">
        {t("signIn.openData")}
      </a>
    </main>,
  );
}
