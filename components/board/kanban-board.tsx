"use client";
import Link from "next/link";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { Tag } from "@/components/ui/tag.tsx";
import { ActionFailure } from "@/lib/action-result.ts";
import {
  findCard,
  KIND_LABELS,
  wipLimitMessage,
  wouldExceedWipLimit,
  type TBoardCard,
  type TBoardColumn,
} from "@/lib/board/board-layout.ts";
import { useBoard } from "@/lib/board/hooks/use-board.ts";
import { useMoveCard } from "@/lib/board/hooks/use-move-card.ts";
import { useLiveEvents, type TLiveStatus } from "@/lib/live/use-live-events.ts";

const COLUMN_PREFIX = "colonne:";
const columnDroppableId = (columnId: string) => `${COLUMN_PREFIX}${columnId}`;

type Target = { column: TBoardColumn; index: number; overTitle: string | null };

/** Where a drop over `overId` puts the card: before the card it is over, or at the end of a column. */
function dropTarget(columns: TBoardColumn[], activeId: string, overId: UniqueIdentifier | undefined): Target | null {
  if (overId == null) return null;
  const id = String(overId);
  if (id.startsWith(COLUMN_PREFIX)) {
    const column = columns.find((entry) => entry.id === id.slice(COLUMN_PREFIX.length));
    return column
      ? { column, index: column.cards.filter((card) => card.id !== activeId).length, overTitle: null }
      : null;
  }
  const over = findCard(columns, id);
  if (!over) return null;
  return { column: over.column, index: over.index, overTitle: over.card.id === activeId ? null : over.card.title };
}

export function KanbanBoard({ initialColumns, canMove }: { initialColumns: TBoardColumn[]; canMove: boolean }) {
  const { data: columns } = useBoard(initialColumns);
  const liveStatus = useLiveEvents();
  const moveCard = useMoveCard();
  const [activeId, setActiveId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  // The drag handlers read the columns of the latest render, not of the render that created them.
  const columnsRef = useRef(columns);
  useLayoutEffect(() => {
    columnsRef.current = columns;
  }, [columns]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const cardTitle = (id: UniqueIdentifier) => findCard(columnsRef.current, String(id))?.card.title ?? "la carte";
  const describeTarget = (activeCardId: UniqueIdentifier, overId: UniqueIdentifier | undefined) => {
    const target = dropTarget(columnsRef.current, String(activeCardId), overId);
    if (!target) return `La carte « ${cardTitle(activeCardId)} » n'est au-dessus d'aucune colonne.`;
    const place = `colonne « ${target.column.name} », position ${target.index + 1}`;
    return target.overTitle
      ? `Carte « ${cardTitle(activeCardId)} » au-dessus de « ${target.overTitle} », ${place}.`
      : `Carte « ${cardTitle(activeCardId)} » : ${place}.`;
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const found = findCard(columnsRef.current, String(active.id));
      return found
        ? `Carte « ${found.card.title} » saisie, colonne « ${found.column.name} », position ${found.index + 1} sur ${found.column.cards.length}.`
        : "Carte saisie.";
    },
    // Over itself right after pick-up: keep the pick-up announcement instead of repeating the place.
    onDragOver: ({ active, over }) => (over?.id === active.id ? undefined : describeTarget(active.id, over?.id)),
    onDragEnd: ({ active, over }) =>
      over
        ? `Carte « ${cardTitle(active.id)} » déposée. ${describeTarget(active.id, over.id)}`
        : `Carte « ${cardTitle(active.id)} » déposée hors du tableau : rien n'a changé.`,
    onDragCancel: ({ active }) => `Déplacement annulé : la carte « ${cardTitle(active.id)} » reste à sa place.`,
  };

  // A moved card remounts in its new column and loses the focus: give it back once it is rendered there.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    const handle = document.getElementById(`poignee-${pendingFocus.current}`);
    if (handle && handle !== document.activeElement) handle.focus();
  }, [columns]);
  function focusHandle(cardId: string) {
    pendingFocus.current = cardId;
    requestAnimationFrame(() => document.getElementById(`poignee-${cardId}`)?.focus());
  }

  function onDragStart(event: DragStartEvent) {
    setActiveId(String(event.active.id));
    setOutcome(null);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    setActiveId(null);
    const cardId = String(active.id);
    const source = findCard(columns, cardId);
    const target = dropTarget(columns, cardId, over?.id);
    if (!source || !target) return;
    if (source.column.id === target.column.id && source.index === target.index) return focusHandle(cardId);
    if (target.column.wipLimit != null && wouldExceedWipLimit(target.column, cardId)) {
      setOutcome({ tone: "error", text: wipLimitMessage(target.column.name, target.column.wipLimit) });
      return focusHandle(cardId);
    }
    moveCard.mutate(
      { cardId, toColumnId: target.column.id, toIndex: target.index, expectedVersion: source.card.version },
      {
        onSettled: () => {
          document.getElementById(`poignee-${cardId}`)?.focus();
          pendingFocus.current = null;
        },
        onSuccess: () =>
          setOutcome({
            tone: "ok",
            text: `Carte « ${source.card.title} » déplacée dans « ${target.column.name} » et enregistrée.`,
          }),
        onError: (error) =>
          setOutcome({
            tone: "error",
            text:
              error instanceof ActionFailure
                ? error.message
                : "Le déplacement n'a pas pu être enregistré : la carte a repris sa place.",
          }),
      },
    );
    focusHandle(cardId);
  }

  const active = activeId ? findCard(columns, activeId)?.card : null;
  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <LiveIndicator status={liveStatus} />
        <p
          aria-live="polite"
          role={outcome?.tone === "error" ? "alert" : "status"}
          className={
            outcome?.tone === "error"
              ? "text-sm font-medium text-[var(--text-default-error)]"
              : "text-sm font-medium text-succes"
          }
        >
          {outcome?.text}
        </p>
      </div>
      {canMove ? (
        <p id="aide-tableau" className="mb-4 max-w-3xl text-sm text-gray-700">
          Au clavier : placez-vous sur la poignée « Déplacer » d&apos;une carte, appuyez sur Espace pour la saisir, sur
          les flèches pour la déplacer, puis sur Espace pour la déposer (Échap annule).
        </p>
      ) : null}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActiveId(null)}
        accessibility={{
          announcements,
          screenReaderInstructions: {
            draggable:
              "Pour déplacer cette carte, appuyez sur Espace ou Entrée. Pendant le déplacement, utilisez les flèches pour changer de position ou de colonne, Espace ou Entrée pour déposer, Échap pour annuler.",
          },
        }}
      >
        <div className="grid gap-4 md:grid-cols-3 xl:grid-cols-6">
          {columns.map((column) => (
            <BoardColumnView key={column.id} column={column} canMove={canMove} />
          ))}
        </div>
        <DragOverlay>{active ? <CardBody card={active} /> : null}</DragOverlay>
      </DndContext>
    </div>
  );
}

function LiveIndicator({ status }: { status: TLiveStatus }) {
  const label = {
    connecting: "Connexion au direct…",
    live: "En direct : les changements des autres membres s'affichent sans recharger",
    offline: "Direct interrompu : rechargez la page",
  }[status];
  return (
    <p className="flex items-center gap-2 text-sm text-gray-700" data-live-status={status}>
      <span
        aria-hidden="true"
        className={`inline-block h-2.5 w-2.5 rounded-full ${status === "live" ? "bg-succes" : status === "offline" ? "bg-[var(--background-flat-error)]" : "bg-gray-400"}`}
      />
      {label}
    </p>
  );
}

function BoardColumnView({ column, canMove }: { column: TBoardColumn; canMove: boolean }) {
  const { setNodeRef, isOver } = useDroppable({ id: columnDroppableId(column.id), disabled: !canMove });
  const count = column.cards.length;
  const over = column.wipLimit != null && count > column.wipLimit;
  const full = column.wipLimit != null && count >= column.wipLimit;
  return (
    <section
      aria-labelledby={`colonne-${column.id}`}
      className={`flex flex-col rounded bg-white p-3 ${isOver ? "ring-2 ring-bleu-france" : ""}`}
      data-column={column.name}
    >
      <h2 id={`colonne-${column.id}`} className="mb-1 text-base">
        {column.name}{" "}
        <span className="font-normal text-gray-700">
          ({count}
          {column.wipLimit != null ? (
            <>
              {" "}
              / {column.wipLimit}
              <span className="sr-only"> cartes au maximum</span>
            </>
          ) : null}
          )
        </span>
      </h2>
      {full ? (
        <p className={`mb-2 text-xs font-medium ${over ? "text-[var(--text-default-error)]" : "text-gray-700"}`}>
          {over ? "Limite dépassée" : "Limite atteinte"}
        </p>
      ) : null}
      <SortableContext
        id={column.id}
        items={column.cards.map((card) => card.id)}
        strategy={verticalListSortingStrategy}
        disabled={!canMove}
      >
        <ul ref={setNodeRef} className="min-h-16 flex-1 space-y-2" aria-label={`Cartes de la colonne ${column.name}`}>
          {column.cards.map((card) => (
            <SortableCard key={card.id} card={card} canMove={canMove} />
          ))}
        </ul>
      </SortableContext>
    </section>
  );
}

function SortableCard({ card, canMove }: { card: TBoardCard; canMove: boolean }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: card.id,
    disabled: !canMove,
    attributes: { roleDescription: "carte déplaçable" },
  });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={isDragging ? "opacity-40" : undefined}
      data-card={card.title}
    >
      <CardBody card={card}>
        {canMove ? (
          <button
            type="button"
            id={`poignee-${card.id}`}
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            className="cursor-grab rounded border border-gray-300 px-2 py-0.5 text-xs font-medium text-gray-900 hover:bg-gris-fond"
          >
            Déplacer<span className="sr-only"> la carte « {card.title} »</span>
          </button>
        ) : null}
      </CardBody>
    </li>
  );
}

function CardBody({ card, children }: { card: TBoardCard; children?: React.ReactNode }) {
  return (
    <div className="rounded border border-gray-200 bg-white p-2 text-sm shadow-sm">
      <div className="flex items-start justify-between gap-2">
        <Tag tone={card.kind === "irritant" ? "alerte" : "info"}>{KIND_LABELS[card.kind]}</Tag>
        {children}
      </div>
      <p className="mt-1">
        <Link href={`/priorisation/cartes/${card.id}`}>{card.title}</Link>
      </p>
      <p className="text-xs text-gray-700">{card.detail}</p>
    </div>
  );
}
