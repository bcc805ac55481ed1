"""A bundle from another pslapp version is refused in words a coordinator can act on, in
their language, not with the service's English reason."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from pslapp.core.errors import BundleRejected, RejectionCode
from pslapp.gui import i18n
from pslapp.gui.bundles.wording import rejection_sentence
from pslapp.services.bundles.container import REASON_OTHER_FORMAT

OTHER_FORMAT = BundleRejected(
    REASON_OTHER_FORMAT.format(found=2, ours=3), RejectionCode.OTHER_FORMAT
)
FORGED = BundleRejected(
    "a change to person x said to be by Alice …", RejectionCode.NOT_SIGNED_BY_AUTHOR
)


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    if not i18n.install(qapp, "ru"):
        pytest.skip("translations not built (python -m pslapp.gui.i18n build)")
    yield
    i18n.install(qapp, "en")


def test_a_bundle_of_another_format_says_what_to_do(qapp: QApplication):
    sentence = rejection_sentence(OTHER_FORMAT)
    assert "another version of pslapp" in sentence
    assert "same version on both computers" in sentence


def test_the_sentence_is_translated(russian: None):
    assert "другой версией pslapp" in rejection_sentence(OTHER_FORMAT)


def test_every_refusal_has_its_own_translated_sentence(qapp: QApplication, russian: None):
    """No code falls through to the English reason."""
    english_reason = "ENGLISH REASON"
    for code in RejectionCode:
        sentence = rejection_sentence(BundleRejected(english_reason, code))
        assert english_reason not in sentence, code


def test_a_change_in_someone_elses_name_is_explained(qapp: QApplication):
    sentence = rejection_sentence(FORGED)
    assert "not signed by the person it names" in sentence
