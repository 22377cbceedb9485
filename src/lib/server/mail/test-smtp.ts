// For tests only: a real SMTP server on loopback that keeps what it receives (scripts/smtp-sink.js, which the
// e2e server uses too).
export { startSmtpSink, type SinkMessage, type SmtpSink } from '../../../../scripts/smtp-sink.js';
