"""Telephony screen pop: a ringing phone brings the window to the front with the caller's card.

Three doors lead to the same banner (see docs/telephony.md): the `neuvo call NUMBER` command and a `tel:` URI
handed to the executable, both passed to the running window through the single-instance socket
(`single_instance`), and the loopback HTTP endpoint for phone-system integrations (`ring_endpoint`).
`screen_pop` wires them to the window. These are adapters (sockets, HTTP), so they live in the composition
root rather than in `app` (no Qt, no HTTP) or `ui` (no HTTP); see docs/decisions/0007.
"""
