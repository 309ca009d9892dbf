"""The vault work of the Disclosures & consents screens and of every export, one function per action.

Every function imports its service when it runs, on the worker thread, so
SQLAlchemy stays out of the views and out of start-up. Results are the services' dataclasses.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.policy.disclosure import Basis, RequestKind, RequestStatus
    from desktop.policy.practice import PracticeSettings
    from desktop.services.consents import ConsentEntry, ConsentOverview, Withdrawal
    from desktop.services.disclosures import AnnualReport, DisclosureEntry
    from desktop.services.records.record_exports import ExportDocument, Renderer
    from desktop.services.rights_requests import ProvisionRecords, RequestEntry
    from desktop.services.testimonials import TestimonialEntry
    from desktop.vault.store import OpenVault


# --- consents ------------------------------------------------------------------------------


def consent_overview(vault: OpenVault, client_id: int) -> ConsentOverview:
    from desktop.services import consents

    return consents.overview(vault, client_id=client_id)


def record_consent(vault: OpenVault, client_id: int, fields: Mapping[str, Any]) -> ConsentEntry:
    """Record a consent from the dialog's values (the draft is built here, off the GUI thread)."""
    from desktop.services import consents

    return consents.record_consent(vault, client_id=client_id, draft=consents.ConsentDraft(**fields))


def withdraw_consent(vault: OpenVault, consent_id: int, day: date, note: str) -> Withdrawal:
    from desktop.services import consents

    return consents.withdraw_consent(vault, consent_id=consent_id, withdrawn_on=day, note=note)


def list_consents(vault: OpenVault, client_id: int | None) -> list[ConsentEntry]:
    from desktop.services import consents

    return consents.list_consents(vault, client_id=client_id)


# --- the disclosure log ----------------------------------------------------------------------


def record_disclosure(vault: OpenVault, client_id: int, fields: Mapping[str, Any]) -> DisclosureEntry:
    from desktop.services import disclosures

    draft = disclosures.DisclosureDraft(**fields)
    return disclosures.record_disclosure(vault, client_id=client_id, draft=draft)


def correct_disclosure(
    vault: OpenVault, disclosure_id: int, fields: Mapping[str, Any], reason: str
) -> DisclosureEntry:
    from desktop.services import disclosures

    draft = disclosures.DisclosureDraft(**fields)
    return disclosures.correct_disclosure(vault, disclosure_id=disclosure_id, draft=draft, reason=reason)


@dataclass(frozen=True, slots=True)
class LogRequest:
    """What the section shows: one client or all, one basis or all, a period (both ends included)."""

    client_id: int | None = None
    basis: Basis | None = None
    since: date | None = None
    until: date | None = None


#: Rows of a paged register read at once: a few screenfuls.
PAGE_SIZE = 200


@dataclass(frozen=True, slots=True)
class Section:
    """The first page of the log and of the consents, and the (short) request and testimonial registers.

    ``log_complete`` / ``consents_complete`` say whether the page holds every row.
    """

    log: list[DisclosureEntry]
    consents: list[ConsentEntry]
    requests: list[RequestEntry]
    testimonials: list[TestimonialEntry]
    log_complete: bool = True
    consents_complete: bool = True


def section(vault: OpenVault, wanted: LogRequest) -> Section:
    """What the section shows first; the rest of the log and of the consents follow as the lists scroll."""
    from desktop.services import rights_requests, testimonials

    log = log_page(vault, wanted, 0)
    consents = consent_page(vault, wanted.client_id, 0)
    client_id = wanted.client_id
    marked = [t for t in testimonials.list_testimonials(vault) if client_id in (None, t.client_id)]
    return Section(
        log,
        consents,
        rights_requests.list_requests(vault, client_id=client_id),
        marked,
        log_complete=len(log) < PAGE_SIZE,
        consents_complete=len(consents) < PAGE_SIZE,
    )


def log_page(vault: OpenVault, wanted: LogRequest, offset: int) -> list[DisclosureEntry]:
    from desktop.services import disclosures

    log_filter = disclosures.LogFilter(wanted.client_id, wanted.basis, wanted.since, wanted.until)
    return disclosures.list_log(vault, wanted=log_filter, limit=PAGE_SIZE, offset=offset)


def consent_page(vault: OpenVault, client_id: int | None, offset: int) -> list[ConsentEntry]:
    from desktop.services import consents

    return consents.list_consents(vault, client_id=client_id, limit=PAGE_SIZE, offset=offset)


def purge_expired(vault: OpenVault) -> int:
    """Remove what retention no longer requires (erased clients only); how many records went."""
    from desktop.services import retention

    return retention.purge_expired(vault)


def annual_report(vault: OpenVault, year: int) -> AnnualReport:
    from desktop.services import disclosures

    return disclosures.annual_report(vault, year=year)


def save_report(vault: OpenVault, year: int, path: Path, render: Callable[[AnnualReport], bytes]) -> Path:
    """Write the annual report the service builds, drawn by ``render``; the write is audited."""
    from desktop.services import disclosures

    disclosures.save_annual_report(vault, year=year, path=path, render=render)
    return path


# --- exports for a third party ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportChoices:
    """The client's name and their disclosure records that await an export."""

    client_name: str
    records: list[DisclosureEntry]


def awaiting_export(vault: OpenVault, client_id: int) -> ExportChoices:
    from desktop.services import clients, disclosures

    found = clients.summaries(vault, client_ids=[client_id])
    name = found[0].full_name if found else ""
    return ExportChoices(name, disclosures.awaiting_export(vault, client_id=client_id))


def export_for_third_party(
    vault: OpenVault,
    disclosure_id: int,
    path: Path,
    as_pdf: bool,
    render: Renderer | None,
    password: str | None,
) -> Path:
    """Write the recipient's copy through the export gate (sealed when ``password`` is given)."""
    from desktop.services.records import third_party_export
    from desktop.services.records.record_exports import ExportFormat

    fmt = ExportFormat.PDF if as_pdf else ExportFormat.JSON
    third_party_export.export_for_recipient(
        vault, disclosure_id=disclosure_id, path=path, fmt=fmt, render=render, password=password
    )
    return path


# --- requests and testimonials ----------------------------------------------------------------


def record_request(
    vault: OpenVault, client_id: int, kind: RequestKind, received_on: date, details: str
) -> RequestEntry:
    from desktop.services import rights_requests

    return rights_requests.record_request(
        vault, client_id=client_id, kind=kind, received_on=received_on, details=details
    )


def answer_request(
    vault: OpenVault, request_id: int, status: RequestStatus, response: str, refusal_reason: str
) -> RequestEntry:
    from desktop.services import rights_requests

    return rights_requests.answer_request(
        vault, request_id=request_id, status=status, response=response, refusal_reason=refusal_reason
    )


def provision_records(vault: OpenVault, client_id: int) -> ProvisionRecords:
    from desktop.services import rights_requests

    return rights_requests.provision_records(vault, client_id=client_id)


def save_provision_records(
    vault: OpenVault, client_id: int, path: Path, render: Callable[[ProvisionRecords], bytes]
) -> Path:
    from desktop.services import rights_requests

    rights_requests.save_provision_records(vault, client_id=client_id, path=path, render=render)
    return path


def mark_testimonial(vault: OpenVault, client_id: int, text: str) -> TestimonialEntry:
    from desktop.services import testimonials

    return testimonials.mark_testimonial(vault, client_id=client_id, text=text)


def take_down_testimonial(vault: OpenVault, testimonial_id: int) -> TestimonialEntry:
    """Stop using a testimonial from today; it stays on record with the day (P-PURPOSE)."""
    from desktop.services import testimonials

    return testimonials.take_down(vault, testimonial_id=testimonial_id)


def save_settings(vault: OpenVault, years: int, contract_years: int, due_days: int) -> PracticeSettings:
    """Store the three disclosure settings on top of the newest stored practice settings."""
    from desktop.services import practice_settings

    stored = practice_settings.load(vault)
    changed = replace(
        stored,
        disclosure_retention_years=years,
        contract_retention_years=contract_years,
        request_due_days=due_days,
    )
    return practice_settings.save(vault, changed)


# --- the client's own copy (P-LAW) ---------------------------------------------------------


def export_record(
    vault: OpenVault, client_id: int, path: Path, as_pdf: bool, render: Renderer | None
) -> Path:
    """Write the client's own copy through the export gate, which builds it from the vault."""
    from desktop.services.records import subject_access
    from desktop.services.records.record_exports import ExportFormat

    fmt = ExportFormat.PDF if as_pdf else ExportFormat.JSON
    subject_access.export_record(vault, client_id=client_id, path=path, fmt=fmt, render=render)
    return path


def record_for_printing(vault: OpenVault, client_id: int) -> ExportDocument:
    """The client's own copy as the export gate builds it, for the window to print."""
    from desktop.services.records import subject_access

    return subject_access.gather(vault, client_id=client_id)


def record_printed(vault: OpenVault, client_id: int, reference: str) -> None:
    from desktop.services.records import subject_access

    subject_access.record_printed(vault, client_id=client_id, reference=reference)
