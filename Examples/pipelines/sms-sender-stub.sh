#!/usr/bin/env bash
# A stand-in for the SMS gateway: reads "phone<TAB>message" lines on stdin and says what it would
# send. Swap in the venue's gateway (an HTTP call with curl, an email-to-SMS address) with the
# same input. A malformed line is refused and the script exits 1 after the others were read.
set -u
sent=0
bad=0
while IFS=$'\t' read -r phone message; do
  if [[ $phone =~ ^1[0-9]{10}$ ]] && [ -n "$message" ]; then
    printf 'SMS to %s: %s\n' "$phone" "$message"
    sent=$(( sent + 1 ))
  else
    echo "sms-sender: not a phone<TAB>message line: $phone" >&2
    bad=$(( bad + 1 ))
  fi
done
echo "sms-sender: $sent sent, $bad refused" >&2
[ "$bad" = 0 ]
