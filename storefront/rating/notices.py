"""E-mails of the rating to a producer's owners (decisions, claims, expiring certificates)."""

from storefront import mail
from storefront.producers.models import MemberRole, Producer


def tell_owners(producer: Producer, subject: str, body: str, **context) -> int:
    """Queue the e-mail to each owner of the producer, in their language; how many."""
    sent = 0
    for member in producer.members:
        if member.role == MemberRole.OWNER and member.user.email:
            mail.queue(
                member.user.email,
                subject,
                body,
                locale=member.user.locale,
                owner=member.user,
                producer=producer,
                **context,
            )
            sent += 1
    return sent
