"""The session menu through its service (P-FORMAT): one to one, in person or online, nothing else."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from desktop.errors import InvalidSetting, PolicyRefusal
from desktop.models import AuditEvent, SessionMenuItem
from desktop.policy.bookings import SessionFormat
from desktop.services.bookings import session_menu
from desktop.services.bookings.session_menu import MenuItemDraft
from desktop.vault.store import OpenVault


def test_p_format_menu_items_are_added_listed_and_audited(open_vault: OpenVault) -> None:
    first = session_menu.add_item(
        open_vault, draft=MenuItemDraft("  対面カウンセリング  60分 ", "in_person", 60, 8000)
    )
    second = session_menu.add_item(
        open_vault, draft=MenuItemDraft("電話カウンセリング", "online_phone", 50, 6000)
    )
    assert first.name == "対面カウンセリング 60分"
    assert [item.id for item in session_menu.list_items(open_vault)] == [first.id, second.id]
    assert second.format is SessionFormat.ONLINE_PHONE
    with open_vault.unit_of_work() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "menu_item.created")).all()
    assert [e.entity_id for e in events] == [first.id, second.id]
    assert all("カウンセリング" not in e.detail for e in events)


def test_p_format_group_format_is_refused(open_vault: OpenVault) -> None:
    with pytest.raises(PolicyRefusal) as error:
        session_menu.add_item(open_vault, draft=MenuItemDraft("グループ", "group", 90, 3000))
    assert error.value.rule == "P-FORMAT"
    assert session_menu.list_items(open_vault, include_inactive=True) == []


def test_p_format_database_refuses_a_group_row_too(open_vault: OpenVault) -> None:
    with pytest.raises(IntegrityError), open_vault.unit_of_work() as session:
        session.execute(
            text(
                "INSERT INTO session_menu_items (name, format, duration_minutes, price_yen, active, "
                "created_at, updated_at) VALUES ('g', 'group', 60, 0, 1, '', '')"
            )
        )


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (MenuItemDraft("", "in_person", 60, 8000), "name"),
        (MenuItemDraft("a", "in_person", 5, 8000), "duration_minutes"),
        (MenuItemDraft("a", "in_person", 60, -1), "price_yen"),
    ],
)
def test_menu_item_values_out_of_range_are_named(
    open_vault: OpenVault, draft: MenuItemDraft, field: str
) -> None:
    with pytest.raises(InvalidSetting) as error:
        session_menu.add_item(open_vault, draft=draft)
    assert error.value.field == field


def test_menu_item_edit_records_changed_fields(open_vault: OpenVault) -> None:
    item = session_menu.add_item(open_vault, draft=MenuItemDraft("対面", "in_person", 60, 8000))
    edited = session_menu.edit_item(
        open_vault, item_id=item.id, draft=MenuItemDraft("対面", "online_video", 60, 9000)
    )
    assert (edited.format, edited.price_yen) == (SessionFormat.ONLINE_VIDEO, 9000)
    with open_vault.unit_of_work() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "menu_item.changed")).one()
    assert event.detail == '{"fields": "format,price_yen"}'


def test_deactivated_items_leave_the_menu_but_stay_stored(open_vault: OpenVault) -> None:
    item = session_menu.add_item(open_vault, draft=MenuItemDraft("対面", "in_person", 60, 8000))
    assert not session_menu.deactivate_item(open_vault, item_id=item.id).active
    assert session_menu.list_items(open_vault) == []
    assert [i.id for i in session_menu.list_items(open_vault, include_inactive=True)] == [item.id]
    with open_vault.unit_of_work() as session:
        row = session.get(SessionMenuItem, item.id)
        assert row is not None and row.active is False


def test_unknown_menu_item_is_a_lookup_error(open_vault: OpenVault) -> None:
    with pytest.raises(LookupError):
        session_menu.deactivate_item(open_vault, item_id=99)
