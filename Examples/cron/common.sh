# Shared by the cron jobs (sourced, installed beside them): where reports and the SMS spool go,
# and what a job says when it fails, in the crontab's language (CS_LANG, LC_ALL, LC_MESSAGES or
# LANG zh… is Chinese, as for cs itself).
#   CS_REPORTS    folder for the Excel lists and reports   (default /srv/reports)
#   CS_SMS_SPOOL  the SMS gateway's spool folder            (default /var/spool/sms)
CS_REPORTS=${CS_REPORTS:-/srv/reports}
CS_SMS_SPOOL=${CS_SMS_SPOOL:-/var/spool/sms}

cs_zh() {
  case "${CS_LANG:-${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}}" in zh*) return 0 ;; *) return 1 ;; esac
}

# say ENGLISH CHINESE: one line in the crontab's language.
say() { if cs_zh; then printf '%s\n' "$2"; else printf '%s\n' "$1"; fi; }

# failed "birthday list" "生日名单" STATUS REASON: the line cron mails; never an empty reason.
failed() {
  local reason=${4:-}
  [ -n "$reason" ] || reason=$(say "no reason given" "未给出原因")
  say "$1 failed (exit $3): $reason" "$2失败(退出码 $3):$reason"
}

# need_dir DIR SETTING: a folder the job writes into must exist and be writable; otherwise say
# which setting names it and exit 3 (the data-directory status: someone must act).
need_dir() {
  [ -d "$1" ] && [ -w "$1" ] && return 0
  say "folder $1 is missing or not writable — create it, or set $2 in the crontab" \
    "文件夹 $1 不存在或不可写 — 请创建它,或在 crontab 中设置 $2"
  exit 3
}
