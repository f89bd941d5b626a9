-- An action decided in a workshop has a due date (its reminder and the minutes rely on it); decisions may not.
ALTER TABLE "WorkshopItem" ADD CONSTRAINT "WorkshopItem_action_has_due_date" CHECK ("kind" <> 'ACTION' OR "dueOn" IS NOT NULL);
