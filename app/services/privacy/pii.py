"""Phone and ID numbers in rows: sealed when written, opened for readers who may see them, else masked."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import InstrumentedAttribute

from app.models import Case, CaseContact, CaseStep, Employer, Jobseeker, OneThreeOne, User
from app.services.privacy.vault import Vault

SEEKER_PHONE = "jobseekers.phone"
SEEKER_ID_NUMBER = "jobseekers.id_number"
EMPLOYER_PHONE = "employers.contact_phone"
USER_PHONE = "users.phone"
UPLOAD_FILE = "upload_files.content"  # a whole uploaded sheet, sealed as bytes (migration 0010 too)
# What staff write about a person they help (一人一策, 1+3+1): it may tell of health, family or money
CASE_NEEDS = "cases.needs"
CASE_CLOSE_REASON = "cases.close_reason"
STEP_NOTE = "case_steps.note"
STEP_OUTCOME = "case_steps.outcome"
CONTACT_NOTE = "case_contacts.note"
GUIDANCE_NOTE = "one_three_one.guidance_note"
PHONE, ID_NUMBER = "phone", "id_number"  # lookup-hash kinds: a phone's hash never equals an ID number's


@dataclass(frozen=True, slots=True)
class SealedColumn:
    """A ciphertext column and the context its values are bound to (key rotation walks these)."""

    column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None]
    context: str


SEALED = (
    SealedColumn(Jobseeker.phone_cipher, SEEKER_PHONE),
    SealedColumn(Jobseeker.id_number_cipher, SEEKER_ID_NUMBER),
    SealedColumn(Employer.contact_phone_cipher, EMPLOYER_PHONE),
    SealedColumn(User.phone_cipher, USER_PHONE),
    SealedColumn(Case.needs_cipher, CASE_NEEDS),
    SealedColumn(Case.close_reason_cipher, CASE_CLOSE_REASON),
    SealedColumn(CaseStep.note_cipher, STEP_NOTE),
    SealedColumn(CaseStep.outcome_cipher, STEP_OUTCOME),
    SealedColumn(CaseContact.note_cipher, CONTACT_NOTE),
    SealedColumn(OneThreeOne.guidance_note_cipher, GUIDANCE_NOTE),
)


def seal_seeker_phone(vault: Vault, seeker: Jobseeker, phone: str) -> None:
    seeker.phone_cipher, seeker.phone_hash = vault.encrypt(phone, SEEKER_PHONE), vault.lookup(PHONE, phone)


def seal_seeker_id_number(vault: Vault, seeker: Jobseeker, id_number: str | None) -> None:
    seeker.id_number_cipher = vault.encrypt(id_number, SEEKER_ID_NUMBER) if id_number else None
    seeker.id_number_hash = vault.lookup(ID_NUMBER, id_number) if id_number else None


def seal_employer_phone(vault: Vault, employer: Employer, phone: str | None) -> None:
    employer.contact_phone_cipher = vault.encrypt(phone, EMPLOYER_PHONE) if phone else None
    employer.contact_phone_hash = vault.lookup(PHONE, phone) if phone else None


def seal_user_phone(vault: Vault, user: User, phone: str) -> None:
    user.phone_cipher, user.phone_hash = vault.encrypt(phone, USER_PHONE), vault.lookup(PHONE, phone)


def user_phone(vault: Vault, user: User) -> str | None:
    return vault.decrypt(user.phone_cipher, USER_PHONE) if user.phone_cipher else None


def seal_note(vault: Vault, text: str, context: str) -> str | None:
    """Free text about a person, sealed; an empty note is stored as nothing."""
    return vault.encrypt(text, context) if text else None


def open_note(vault: Vault, token: str | None, context: str) -> str:
    return vault.decrypt(token, context) if token else ""


def phone_lookup(vault: Vault, phone: str) -> str:
    """The keyed hash a phone is found by (sign-in, duplicate accounts)."""
    return vault.lookup(PHONE, phone)


def seeker_phone(vault: Vault, seeker: Jobseeker) -> str:
    return vault.decrypt(seeker.phone_cipher, SEEKER_PHONE)


def seeker_id_number(vault: Vault, seeker: Jobseeker) -> str | None:
    return vault.decrypt(seeker.id_number_cipher, SEEKER_ID_NUMBER) if seeker.id_number_cipher else None


def employer_phone(vault: Vault, employer: Employer) -> str | None:
    return vault.decrypt(employer.contact_phone_cipher, EMPLOYER_PHONE) if employer.contact_phone_cipher else None
