"""Weights of ``block_scorer``, written by tests/benchmarks/fit_block_scorer.py --write (do not edit).

Logistic regression on standardised features: z = BIAS + sum(COEF * (x - MEAN) / SCALE).
"""

FEATURE_NAMES = (
    "log_words",
    "stop_share",
    "ends_sentence",
    "prose",
    "heading_like",
    "at_margin",
    "off_margin_log",
    "before_first",
    "after_last",
    "good_chars_before",
    "furniture_near",
    "header_near",
    "prev_good",
    "next_good",
    "title_case",
    "digit_share",
    "gap_log",
    "char_share",
    "commas",
    "header_any",
    "rel_length",
    "good_after_log",
    "tail_short",
)
MEAN = (
    2.11047,  # log_words
    0.208424,  # stop_share
    0.227312,  # ends_sentence
    0.183232,  # prose
    0.667243,  # heading_like
    0.355229,  # at_margin
    0.943092,  # off_margin_log
    0.0674157,  # before_first
    0.259291,  # after_last
    0.57037,  # good_chars_before
    0.155287,  # furniture_near
    0.0247911,  # header_near
    0.26707,  # prev_good
    0.235091,  # next_good
    0.516762,  # title_case
    0.0660034,  # digit_share
    2.17475,  # gap_log
    0.0359119,  # char_share
    0.0361414,  # commas
    0.11841,  # header_any
    0.374997,  # rel_length
    1.7542,  # good_after_log
    0.310285,  # tail_short
)
SCALE = (
    0.937507,  # log_words
    0.212787,  # stop_share
    0.419097,  # ends_sentence
    0.386858,  # prose
    0.471201,  # heading_like
    0.478584,  # at_margin
    0.787195,  # off_margin_log
    0.250742,  # before_first
    0.438247,  # after_last
    0.389392,  # good_chars_before
    0.227625,  # furniture_near
    0.0725899,  # header_near
    0.44243,  # prev_good
    0.424057,  # next_good
    0.390441,  # title_case
    0.138525,  # digit_share
    1.1432,  # gap_log
    0.082476,  # char_share
    0.0792659,  # commas
    0.323094,  # header_any
    0.415535,  # rel_length
    1.45471,  # good_after_log
    0.462611,  # tail_short
)
COEF = (
    1.01247,  # log_words
    -0.302772,  # stop_share
    1.38382,  # ends_sentence
    -0.343825,  # prose
    0.22132,  # heading_like
    -1.31912,  # at_margin
    -1.74763,  # off_margin_log
    0.767229,  # before_first
    0.0618264,  # after_last
    0.177782,  # good_chars_before
    -1.03017,  # furniture_near
    -0.589241,  # header_near
    -0.316595,  # prev_good
    0.0207907,  # next_good
    -0.327153,  # title_case
    1.12769,  # digit_share
    -0.41049,  # gap_log
    -0.155689,  # char_share
    -0.0294087,  # commas
    0.101388,  # header_any
    -0.760209,  # rel_length
    -0.817527,  # good_after_log
    -0.456934,  # tail_short
)
BIAS = 1.76474
