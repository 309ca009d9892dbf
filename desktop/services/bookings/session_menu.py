"""The session menu (P-FORMAT): add, edit, deactivate and list what the practice offers.

Only the three one-to-one formats exist; a group format is refused with the
rule's sentence. Items are deactivated rather than deleted, so bookings that
name them keep their history. Every change is audited by id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from desktop.errors import InvalidSetting, PolicyRefusal
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import SessionMenuItem
from desktop.policy import bookings as rules
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault

NAME_MAX = 80


@dataclass(frozen=True, slots=True)
class MenuItemDraft:
    name: str
    format: str
    duration_minutes: int
    price_yen: int
    active: bool = True


@dataclass(frozen=True, slots=True)
class MenuItem:
    id: int
    name: str
    format: rules.SessionFormat
    duration_minutes: int
    price_yen: int
    active: bool


def _item(row: SessionMenuItem) -> MenuItem:
    return MenuItem(
        row.id, row.name, rules.SessionFormat(row.format), row.duration_minutes, row.price_yen, row.active
    )


def _range_error(field: str, label: str, bounds: tuple[int, int]) -> InvalidSetting:
    return InvalidSetting(
        field,
        QT_TRANSLATE_NOOP("settings", "%1 must be between %2 and %3."),
        label,
        str(bounds[0]),
        str(bounds[1]),
    )


def validate(draft: MenuItemDraft) -> MenuItemDraft:
    """The draft with its name trimmed; P-FORMAT refusal or :class:`InvalidSetting` otherwise."""
    verdict = rules.check_format(draft.format)
    if not verdict.allowed:
        raise PolicyRefusal(verdict.rule, verdict.reason, verdict.args)
    name = " ".join(draft.name.split())
    if not name or len(name) > NAME_MAX:
        raise InvalidSetting(
            "name",
            QT_TRANSLATE_NOOP("settings", "A menu item needs a name of at most %1 characters."),
            str(NAME_MAX),
        )
    low, high = rules.DURATION_MINUTES_RANGE
    if not low <= draft.duration_minutes <= high:
        raise _range_error(
            "duration_minutes",
            QT_TRANSLATE_NOOP("settings", "Duration (minutes)"),
            rules.DURATION_MINUTES_RANGE,
        )
    low, high = rules.PRICE_YEN_RANGE
    if not low <= draft.price_yen <= high:
        raise _range_error("price_yen", QT_TRANSLATE_NOOP("settings", "Price (yen)"), rules.PRICE_YEN_RANGE)
    return MenuItemDraft(name, draft.format, draft.duration_minutes, draft.price_yen, draft.active)


def add_item(vault: OpenVault, *, draft: MenuItemDraft) -> MenuItem:
    return add_items(vault, drafts=[draft])[0]


def starter_menu(
    *,
    in_person_name: str,
    online_name: str,
    minutes: tuple[int, int] = (rules.STARTER_MINUTES, rules.STARTER_MINUTES),
    prices_yen: tuple[int, int] = (rules.STARTER_PRICE_YEN, rules.STARTER_PRICE_YEN),
    online_format: rules.SessionFormat = rules.SessionFormat.ONLINE_VIDEO,
) -> list[MenuItemDraft]:
    """The two sessions a new vault starts with (P-FORMAT): one in person, one online, each checked.

    A new vault with an empty menu could not confirm any booking (P-CONFIRM
    needs the format, the length and the fee), so set-up — the window's wizard
    and ``init`` alike — asks for these and creates them with the vault.
    ``minutes`` and ``prices_yen`` are (in person, online).
    """
    if not online_format.online:
        raise ValueError(online_format)
    drafts = [
        MenuItemDraft(in_person_name, rules.SessionFormat.IN_PERSON.value, minutes[0], prices_yen[0]),
        MenuItemDraft(online_name, online_format.value, minutes[1], prices_yen[1]),
    ]
    return [validate(draft) for draft in drafts]


def add_items(vault: OpenVault, *, drafts: Sequence[MenuItemDraft]) -> list[MenuItem]:
    """Add several items in one unit of work (the starter menu): all of them or none."""
    clean = [validate(draft) for draft in drafts]
    with vault.unit_of_work() as session:
        now = practice_time(session).stamp()
        added = []
        for draft in clean:
            row = SessionMenuItem(
                name=draft.name,
                format=draft.format,
                duration_minutes=draft.duration_minutes,
                price_yen=draft.price_yen,
                active=draft.active,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            audit.append(session, "menu_item.created", entity="menu_item", entity_id=row.id)
            added.append(_item(row))
        return added


def edit_item(vault: OpenVault, *, item_id: int, draft: MenuItemDraft) -> MenuItem:
    """Change an item. Bookings keep the name, format, duration and price agreed (P-CONFIRM)."""
    clean = validate(draft)
    with vault.unit_of_work() as session:
        row = session.get(SessionMenuItem, item_id)
        if row is None:
            raise LookupError(item_id)
        changed = [
            name
            for name in ("name", "format", "duration_minutes", "price_yen", "active")
            if getattr(row, name) != getattr(clean, name)
        ]
        if not changed:
            return _item(row)
        for name in changed:
            setattr(row, name, getattr(clean, name))
        row.updated_at = practice_time(session).stamp()
        audit.append(
            session,
            "menu_item.changed",
            entity="menu_item",
            entity_id=item_id,
            detail={"fields": ",".join(changed)},
        )
        return _item(row)


def deactivate_item(vault: OpenVault, *, item_id: int) -> MenuItem:
    """Take an item off the menu; it can no longer be chosen for a booking."""
    with vault.unit_of_work() as session:
        row = session.get(SessionMenuItem, item_id)
        if row is None:
            raise LookupError(item_id)
        if row.active:
            row.active = False
            row.updated_at = practice_time(session).stamp()
            audit.append(session, "menu_item.deactivated", entity="menu_item", entity_id=item_id)
        return _item(row)


def list_items(vault: OpenVault, *, include_inactive: bool = False) -> list[MenuItem]:
    """The menu in the order the items were added."""
    query = select(SessionMenuItem).order_by(SessionMenuItem.id)
    if not include_inactive:
        query = query.where(SessionMenuItem.active.is_(True))
    with vault.unit_of_work() as session:
        return [_item(row) for row in session.scalars(query)]
