"""What an order would cost before it is placed: shipping per producer, then store credit."""

from dataclasses import dataclass

from storefront.orders import shipping


@dataclass
class QuoteGroup:
    producer_name: str
    lines: list
    subtotal: int
    shipping_fee: int


@dataclass
class Quote:
    groups: list[QuoteGroup]
    subtotal: int
    shipping_total: int
    credit: int = 0

    @property
    def total(self) -> int:
        """What the buyer pays: products and shipping, less the store credit used."""
        return self.subtotal + self.shipping_total - self.credit


def quote(cart_lines, province: int | None, credit_balance: int = 0) -> Quote:
    """What the order would cost delivered to this province, with up to `credit_balance` of
    store credit: the same rules as place_order (shipping per producer, then credit.spend)."""
    rules = shipping.rules()
    groups: dict[int, QuoteGroup] = {}
    weights: dict[int, int] = {}
    for line in cart_lines:
        group = groups.setdefault(line.producer.id, QuoteGroup(line.producer.name, [], 0, 0))
        group.lines.append(line)
        group.subtotal += line.unit_price * line.quantity
        weights[line.producer.id] = weights.get(line.producer.id, 0) + (
            line.variant.weight_g * line.quantity
        )
    for producer_id, group in groups.items():
        group.shipping_fee = rules.fee(
            province or rules.home_province, weights[producer_id], group.subtotal
        )
    subtotal = sum(g.subtotal for g in groups.values())
    shipping_total = sum(g.shipping_fee for g in groups.values())
    credit_used = max(0, min(credit_balance, subtotal + shipping_total))
    return Quote(list(groups.values()), subtotal, shipping_total, credit_used)
