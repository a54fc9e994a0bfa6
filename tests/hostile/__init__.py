"""The hostile walk: every form and page of the site, found from the URL map, fed malformed
input; never a 5xx, nothing written when refused, the message next to its field."""
