#!/usr/bin/env bash
# The day-before greetings, one "phone<TAB>message" line per member, piped into the SMS sender.
# `cs birthday greet` prints nothing else on stdout, so the pipe carries only greetings; errors
# go to stderr and fail the pipeline (pipefail), and the sender sends nothing half-read.
#   greetings-to-sms.sh               SMS_SENDER defaults to the stand-in next to this script
# cron, every day at 09:00:  0 9 * * *  /usr/local/lib/cs/pipelines/greetings-to-sms.sh
set -euo pipefail
sender=${SMS_SENDER:-$(dirname "$0")/sms-sender-stub.sh}
cs --lang zh birthday greet --strict | "$sender"
