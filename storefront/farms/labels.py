"""Names of mango varieties in the visitor's language: one table for pages and forms."""

from flask_babel import lazy_gettext as _l

from storefront.farms.models import MangoVariety

VARIETY_LABELS = {
    MangoVariety.CAT_CHU: _l("Cát Chu mango"),
    MangoVariety.CAT_HOA_LOC: _l("Cát Hòa Lộc mango"),
    MangoVariety.DAI_LOAN: _l("Taiwan mango"),
    MangoVariety.TU_QUY: _l("Tứ Quý mango"),
    MangoVariety.KEO: _l("Keo mango"),
}


def variety_label(variety: MangoVariety) -> str:
    return str(VARIETY_LABELS[MangoVariety(variety)])
