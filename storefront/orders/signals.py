"""What other packages hear about orders: tours holds a tree or seats for an order, and lets
them go or confirms them when the order is paid or closed. Receivers run inside the order's
transaction and must only flush."""

from blinker import Namespace

_signals = Namespace()

# sender: the Order, now confirmed: paid, or needing no payment up front.
order_confirmed = _signals.signal("order-confirmed")
# sender: the Order, cancelled or expired before anything was delivered.
order_closed = _signals.signal("order-closed")
# sender: the Order about to be row-locked (lifecycle.lock): lock first what comes before
# orders in the lock order of database.py (a booking's departure).
order_locking = _signals.signal("order-locking")
