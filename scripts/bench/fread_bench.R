# Parse-speed anchor of scripts/bench/run: data.table::fread on the benchmark panel.
#
# Usage: Rscript fread_bench.R CSV
#
# Paced like pyfixest_bench.py: one untimed warm-up, then prints `ready`; each line read
# from standard input starts one round, answered by one line on standard output:
# `fread-all=SECONDS fread-needed=SECONDS` (every column, then only the ten columns the
# benchmark model needs, `select=`), both on every core (`setDTthreads(0)`; data.table's
# default is half the logical cores, one thread on a 2-core machine).
# Memory is freed (rm + gc) before each timed read.
suppressPackageStartupMessages(library(data.table))
setDTthreads(0)
args <- commandArgs(trailingOnly = TRUE)
path <- args[1]
needed <- c("firm_id", "year", "treated", "post", "x1", "x2", "x3", "x4", "x5", "y")
timed <- function(select) {
  invisible(gc())
  start <- proc.time()[["elapsed"]]
  frame <- if (is.null(select)) fread(path, showProgress = FALSE) else fread(path, select = select, showProgress = FALSE)
  elapsed <- proc.time()[["elapsed"]] - start
  rm(frame)
  elapsed
}
invisible(timed(NULL))
cat(sprintf("ready threads=%d version=%s\n", getDTthreads(), as.character(packageVersion("data.table"))))
flush(stdout())
input <- file("stdin", open = "r")
while (length(line <- readLines(input, n = 1)) > 0) {
  all <- timed(NULL)
  some <- timed(needed)
  cat(sprintf("fread-all=%.3f fread-needed=%.3f\n", all, some))
  flush(stdout())
}
