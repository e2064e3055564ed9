package io.wiredchaos.notionwix.remote;

/** The remote services this product talks to; every failure and counter names one. */
public enum Api {
  NOTION,
  WIX,
  /** An outgoing webhook of ours: SWARM run reports and alerts. */
  WEBHOOK
}
