import invariant from "tiny-invariant";

/** An action decided in a workshop always has a due date: the CHECK "WorkshopItem_action_has_due_date" says so. */
export function actionDueDate(item: { dueOn: Date | null }): Date {
  invariant(item.dueOn, "action d'atelier sans échéance");
  return item.dueOn;
}
