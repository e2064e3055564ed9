package io.wiredchaos.notionwix.cli;

import io.wiredchaos.notionwix.sync.RunReport;
import java.io.PrintWriter;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** Prints a run report on stdout: the human summary, or the report as one JSON document with {@code --json}. */
final class ReportOutput {

  private ReportOutput() {}

  static void print(RunReport report, boolean json, ApplicationContext context, PrintWriter out) {
    if (json) {
      out.println(context.getBean(JsonMapper.class).writerWithDefaultPrettyPrinter().writeValueAsString(report));
      out.flush();
    } else {
      RunReportPrinter.print(report, out);
    }
  }
}
