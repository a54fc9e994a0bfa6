"""Shipping fees, computed on the server per producer: each producer ships its own part."""

import json
from dataclasses import dataclass, field
from functools import cache

from flask import current_app

from storefront.places import DONG_THAP


@dataclass(frozen=True)
class ShippingRules:
    """Fees by weight band, inside the producer's province or elsewhere; free above a subtotal.

    `bands` are (up to grams, fee inside, fee elsewhere); above the last band every extra
    started kilogram costs `extra_kg_inside` / `extra_kg_elsewhere`.
    """

    home_province: int = DONG_THAP
    bands: tuple[tuple[int, int, int], ...] = field(
        default=((1000, 18_000, 30_000), (3000, 25_000, 42_000), (5000, 32_000, 55_000))
    )
    extra_kg_inside: int = 4_000
    extra_kg_elsewhere: int = 8_000
    free_over: int = 500_000

    def fee(self, province: int, weight_g: int, subtotal: int) -> int:
        """The fee for one producer's parcel of this weight and value to this province."""
        if self.free_over and subtotal >= self.free_over:
            return 0
        inside = province == self.home_province
        for limit, fee_inside, fee_elsewhere in self.bands:
            if weight_g <= limit:
                return fee_inside if inside else fee_elsewhere
        limit, fee_inside, fee_elsewhere = self.bands[-1]
        extra_kg = -(-(weight_g - limit) // 1000)
        per_kg = self.extra_kg_inside if inside else self.extra_kg_elsewhere
        return (fee_inside if inside else fee_elsewhere) + extra_kg * per_kg


@cache
def parse_rules(raw: str) -> ShippingRules:
    """SHIPPING_RULES may hold a JSON object overriding any field of ShippingRules."""
    if not raw:
        return ShippingRules()
    values = json.loads(raw)
    if "bands" in values:
        values["bands"] = tuple(tuple(band) for band in values["bands"])
    return ShippingRules(**values)


def rules() -> ShippingRules:
    """The rules in force: the SHIPPING_RULES setting (JSON text, or ShippingRules itself)."""
    setting = current_app.config["SHIPPING_RULES"]
    return setting if isinstance(setting, ShippingRules) else parse_rules(setting)
