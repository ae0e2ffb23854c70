"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { postPlanCommentAction } from "@/server/actions/action-plans";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { planCommentSchema } from "@/lib/validation/action-plans";
import { binder } from "@/components/forms/binder";
import { Textarea } from "./form-parts";

export function CommentForm({ itemId }: { itemId: string }) {
  const t = useTranslations("actionPlans");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm(planCommentSchema, { itemId, body: "" }, postPlanCommentAction, (_value, f) => {
    f.reset({ itemId, body: "" });
    router.refresh();
  });
  const body = binder(form, "comment-")("body");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <Field id={body.props.id} label={t("fields.comment")} error={body.error}>
        <Textarea {...body.props} />
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
          {t("postComment")}
        </Button>
        <FormStatus error={formError} saved={false} />
      </div>
    </form>
  );
}
