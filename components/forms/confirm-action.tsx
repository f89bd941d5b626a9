"use client";
import { useEffect, useMemo, useRef, type ReactNode } from "react";
import { Button, type ButtonProps } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";

type TConfirmActionProps = {
  /** Unique on the page: names the dialog. */
  id: string;
  /** The button that opens the dialog. */
  trigger: ReactNode;
  /** Its accessible name when `trigger` alone is ambiguous (a row of a table). */
  triggerLabel?: string;
  triggerPriority?: ButtonProps["priority"];
  triggerSize?: ButtonProps["size"];
  triggerClassName?: string;
  disabled?: boolean;
  /** The dialog's title, a question; `children` say in French what will happen. */
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  /** When nothing irreversible would happen (no change, or input the server will refuse): act without asking. */
  skipConfirmation?: boolean;
};

/**
 * A destructive or irreversible action asks first, in a DSFR modal dialog: the focus moves into it, Escape or
 * « Annuler » closes it without doing anything, and the focus returns to the button that opened it.
 */
export function ConfirmAction(props: TConfirmActionProps) {
  const { id, trigger, triggerLabel, disabled, skipConfirmation } = props;
  const modal = useMemo(() => createModal({ id: `confirmation-${id}`, isOpenedByDefault: false }), [id]);
  const triggerButton = useRef<HTMLButtonElement>(null);
  // The DSFR gives the focus back to the first button that controls the dialog it knows of, which can be its own hidden
  // one when the trigger entered the page later (skipConfirmation turned off): the trigger takes it back.
  useEffect(() => {
    const dialog = document.getElementById(modal.id);
    if (!dialog) return;
    const onConceal = () =>
      window.setTimeout(() => triggerButton.current?.isConnected && triggerButton.current.focus());
    dialog.addEventListener("dsfr.conceal", onConceal);
    return () => dialog.removeEventListener("dsfr.conceal", onConceal);
  }, [modal.id]);
  const common = {
    priority: props.triggerPriority ?? "secondary",
    size: props.triggerSize,
    className: props.triggerClassName,
  } as const;
  return (
    <>
      {skipConfirmation ? (
        // Another element than the one that opens the dialog: the DSFR binds its controls when they enter the page.
        <Button
          key="direct"
          ref={triggerButton}
          {...common}
          type="button"
          disabled={disabled}
          onClick={props.onConfirm}
          nativeButtonProps={{ "aria-label": triggerLabel }}
        >
          {trigger}
        </Button>
      ) : (
        <Button
          key="confirm"
          ref={triggerButton}
          {...common}
          type="button"
          disabled={disabled}
          nativeButtonProps={{ ...modal.buttonProps, "aria-label": triggerLabel }}
        >
          {trigger}
        </Button>
      )}
      <modal.Component
        title={props.title}
        titleAs="h2"
        buttons={[
          { children: "Annuler", priority: "secondary", type: "button" },
          { children: props.confirmLabel, type: "button", onClick: props.onConfirm },
        ]}
      >
        {props.children}
      </modal.Component>
    </>
  );
}
