"""The tests of the labelled sets, one table per kind of set: each row names a set's generator, file, id prefix,
size bounds, shares and channels, and every test runs the shared checks of `tests/set_support.py` on each row it
applies to. A set's own extra checks stay beside the table as small named tests; the test ids name the set."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import pytest

from audit.message import Message
from benchmarks.data import (
    make_conduct_dev3,
    make_conduct_dev4,
    make_conduct_dev5,
    make_conduct_dev6,
    make_conduct_dev7,
    make_conduct_dev7b,
    make_conduct_heldout_d,
    make_conduct_heldout_e,
    make_conduct_heldout_f,
    make_heldout_a,
    make_heldout_ab,
    make_heldout_ac,
    make_heldout_ad,
    make_heldout_ae,
    make_heldout_af,
    make_heldout_ag,
    make_heldout_ah,
    make_heldout_ai,
    make_heldout_aj,
    make_heldout_ak,
    make_heldout_al,
    make_heldout_am,
    make_heldout_an,
    make_heldout_ao,
    make_heldout_ap,
    make_heldout_aq,
    make_heldout_ar,
    make_heldout_as,
    make_heldout_at,
    make_heldout_au,
    make_heldout_av,
    make_heldout_aw,
    make_heldout_ax,
    make_heldout_ay,
    make_heldout_az,
    make_heldout_ba,
    make_heldout_bb,
    make_heldout_bc,
    make_heldout_bd,
    make_heldout_be,
    make_heldout_bf,
    make_heldout_bg,
    make_heldout_bh,
    make_heldout_bi,
    make_heldout_bj,
    make_heldout_bk,
    make_heldout_bl,
    make_heldout_bm,
    make_heldout_bn,
    make_heldout_bo,
    make_heldout_bp,
    make_heldout_bq,
    make_heldout_br,
    make_heldout_bs,
    make_heldout_bt,
    make_heldout_bu,
    make_heldout_bv,
    make_heldout_bw,
    make_heldout_bx,
    make_heldout_by,
    make_heldout_bz,
    make_heldout_ca,
    make_heldout_cb,
    make_heldout_cc,
    make_heldout_cd,
    make_heldout_ce,
    make_heldout_cf,
    make_heldout_cg,
    make_heldout_ch,
    make_heldout_ci,
    make_heldout_cj,
    make_heldout_ck,
    make_heldout_cl,
    make_heldout_cm,
    make_heldout_cn,
    make_heldout_co,
    make_heldout_cp,
    make_heldout_cq,
    make_heldout_cr,
    make_heldout_cs,
    make_heldout_ct,
    make_heldout_cu,
    make_heldout_cv,
    make_heldout_cw,
    make_heldout_cx,
    make_heldout_cy,
    make_heldout_cz,
    make_heldout_d,
    make_heldout_da,
    make_heldout_db,
    make_heldout_dc,
    make_heldout_e,
    make_heldout_f,
    make_heldout_g,
    make_heldout_h,
    make_heldout_i,
    make_heldout_j,
    make_heldout_k,
    make_heldout_l,
    make_heldout_m,
    make_heldout_n,
    make_heldout_o,
    make_heldout_p,
    make_heldout_q,
    make_heldout_r,
    make_heldout_s,
    make_heldout_t,
    make_heldout_u,
    make_heldout_v,
    make_heldout_w,
    make_heldout_x,
    make_heldout_y,
    make_heldout_z,
    make_pipl_dev2,
    make_pipl_dev3,
    make_pipl_dev4,
    make_pipl_dev5,
    make_pipl_dev5b,
    make_pipl_dev6,
    make_pipl_dev6b,
    make_pipl_dev7,
    make_pipl_dev7b,
    make_pipl_dev8,
    make_pipl_dev8b,
    make_pipl_dev9,
    make_pipl_dev9b,
    make_pipl_dev10,
    make_pipl_dev10b,
    make_pipl_dev11,
    make_pipl_dev11b,
    make_pipl_dev12,
    make_pipl_dev12b,
    make_pipl_dev13,
    make_pipl_dev13b,
    make_pipl_dev14,
    make_pipl_dev14b,
    make_pipl_dev15,
    make_pipl_dev15b,
    make_pipl_dev16,
    make_pipl_dev16b,
    make_pipl_dev17,
    make_pipl_dev18,
    make_pipl_dev19,
    make_pipl_dev20,
    make_pipl_dev21,
    make_pipl_dev22,
    make_pipl_dev23,
    make_pipl_dev24,
    make_pipl_dev25,
    make_pipl_dev26,
    make_pipl_dev27,
    make_pipl_dev28,
    make_pipl_dev29,
    make_pipl_dev30,
    make_pipl_dev31,
    make_pipl_dev32,
    make_pipl_dev33,
    make_pipl_dev34,
    make_pipl_dev35,
    make_pipl_dev36,
    make_pipl_dev37,
    make_pipl_dev38,
    make_pipl_dev39,
    make_pipl_dev40,
    make_pipl_dev41,
    make_pipl_dev42,
    make_pipl_dev43,
    make_pipl_dev44,
    make_pipl_dev45,
    make_pipl_dev46,
    make_pipl_dev47,
    make_pipl_dev48,
    make_pipl_dev49,
    make_pipl_dev50,
    make_pipl_dev51,
    make_pipl_dev52,
    make_pipl_dev53,
    make_pipl_dev54,
    make_pipl_dev55,
    make_pipl_dev56,
    make_pipl_dev57,
    make_pipl_dev58,
    make_pipl_dev59,
    make_pipl_dev60,
    make_pipl_heldout_aa,
    make_pipl_heldout_ab,
    make_pipl_heldout_ac,
    make_pipl_heldout_ad,
    make_pipl_heldout_ae,
    make_pipl_heldout_af,
    make_pipl_heldout_ag,
    make_pipl_heldout_ah,
    make_pipl_heldout_ai,
    make_pipl_heldout_aj,
    make_pipl_heldout_ak,
    make_pipl_heldout_al,
    make_pipl_heldout_am,
    make_pipl_heldout_an,
    make_pipl_heldout_ao,
    make_pipl_heldout_ap,
    make_pipl_heldout_aq,
    make_pipl_heldout_ar,
    make_pipl_heldout_as,
    make_pipl_heldout_at,
    make_pipl_heldout_au,
    make_pipl_heldout_av,
    make_pipl_heldout_aw,
    make_pipl_heldout_ax,
    make_pipl_heldout_ay,
    make_pipl_heldout_az,
    make_pipl_heldout_ba,
    make_pipl_heldout_bb,
    make_pipl_heldout_bc,
    make_pipl_heldout_bd,
    make_pipl_heldout_be,
    make_pipl_heldout_bf,
    make_pipl_heldout_d,
    make_pipl_heldout_e,
    make_pipl_heldout_f,
    make_pipl_heldout_g,
    make_pipl_heldout_h,
    make_pipl_heldout_i,
    make_pipl_heldout_j,
    make_pipl_heldout_k,
    make_pipl_heldout_l,
    make_pipl_heldout_m,
    make_pipl_heldout_n,
    make_pipl_heldout_o,
    make_pipl_heldout_p,
    make_pipl_heldout_q,
    make_pipl_heldout_r,
    make_pipl_heldout_s,
    make_pipl_heldout_t,
    make_pipl_heldout_u,
    make_pipl_heldout_v,
    make_pipl_heldout_w,
    make_pipl_heldout_x,
    make_pipl_heldout_y,
    make_pipl_heldout_z,
    make_wording_dev_aa,
    make_wording_dev_aa2,
    make_wording_dev_ab,
    make_wording_dev_ab2,
    make_wording_dev_ac,
    make_wording_dev_ad,
    make_wording_dev_ae,
    make_wording_dev_af,
    make_wording_dev_ag,
    make_wording_dev_ah,
    make_wording_dev_ai,
    make_wording_dev_aj,
    make_wording_dev_ak,
    make_wording_dev_al,
    make_wording_dev_am,
    make_wording_dev_an,
    make_wording_dev_ao,
    make_wording_dev_ap,
    make_wording_dev_aq,
    make_wording_dev_ar,
    make_wording_dev_as,
    make_wording_dev_at,
    make_wording_dev_au,
    make_wording_dev_av,
    make_wording_dev_aw,
    make_wording_dev_ax,
    make_wording_dev_ay,
    make_wording_dev_az,
    make_wording_dev_ba,
    make_wording_dev_bb,
    make_wording_dev_bc,
    make_wording_dev_bd,
    make_wording_dev_be,
    make_wording_dev_bf,
    make_wording_dev_bg,
    make_wording_dev_bh,
    make_wording_dev_bi,
    make_wording_dev_bj,
    make_wording_dev_bk,
    make_wording_dev_bl,
    make_wording_dev_bm,
    make_wording_dev_bn,
    make_wording_dev_bo,
    make_wording_dev_bp,
    make_wording_dev_bq,
    make_wording_dev_br,
    make_wording_dev_bs,
    make_wording_dev_bt,
    make_wording_dev_bu,
    make_wording_dev_bv,
    make_wording_dev_bw,
    make_wording_dev_bx,
    make_wording_dev_by,
    make_wording_dev_bz,
    make_wording_dev_ca,
    make_wording_dev_cb,
    make_wording_dev_cc,
    make_wording_dev_cd,
    make_wording_dev_ce,
    make_wording_dev_cf,
    make_wording_dev_cg,
    make_wording_dev_ch,
    make_wording_dev_ci,
    make_wording_dev_cj,
    make_wording_dev_ck,
    make_wording_dev_cl,
    make_wording_dev_cm,
    make_wording_dev_cn,
    make_wording_dev_co,
    make_wording_dev_cp,
    make_wording_dev_cq,
    make_wording_dev_cr,
    make_wording_dev_cs,
    make_wording_dev_ct,
    make_wording_dev_cu,
    make_wording_dev_cv,
    make_wording_dev_cw,
    make_wording_dev_cx,
    make_wording_dev_cy,
    make_wording_dev_cz,
    make_wording_dev_d,
    make_wording_dev_da,
    make_wording_dev_db,
    make_wording_dev_dc,
    make_wording_dev_dd,
    make_wording_dev_de,
    make_wording_dev_df,
    make_wording_dev_dg,
    make_wording_dev_dh,
    make_wording_dev_di,
    make_wording_dev_dj,
    make_wording_dev_dk,
    make_wording_dev_dl,
    make_wording_dev_dm,
    make_wording_dev_dn,
    make_wording_dev_do,
    make_wording_dev_dp,
    make_wording_dev_dq,
    make_wording_dev_dr,
    make_wording_dev_ds,
    make_wording_dev_dt,
    make_wording_dev_du,
    make_wording_dev_dv,
    make_wording_dev_dw,
    make_wording_dev_dx,
    make_wording_dev_dy,
    make_wording_dev_dz,
    make_wording_dev_e,
    make_wording_dev_ea,
    make_wording_dev_eb,
    make_wording_dev_ec,
    make_wording_dev_ed,
    make_wording_dev_ee,
    make_wording_dev_ef,
    make_wording_dev_eg,
    make_wording_dev_eh,
    make_wording_dev_ei,
    make_wording_dev_ej,
    make_wording_dev_ek,
    make_wording_dev_el,
    make_wording_dev_em,
    make_wording_dev_en,
    make_wording_dev_eo,
    make_wording_dev_ep,
    make_wording_dev_eq,
    make_wording_dev_er,
    make_wording_dev_es,
    make_wording_dev_et,
    make_wording_dev_eu,
    make_wording_dev_ev,
    make_wording_dev_ew,
    make_wording_dev_ex,
    make_wording_dev_ey,
    make_wording_dev_ez,
    make_wording_dev_f,
    make_wording_dev_fa,
    make_wording_dev_fb,
    make_wording_dev_fc,
    make_wording_dev_fd,
    make_wording_dev_fe,
    make_wording_dev_ff,
    make_wording_dev_fg,
    make_wording_dev_fh,
    make_wording_dev_fi,
    make_wording_dev_fj,
    make_wording_dev_fk,
    make_wording_dev_fl,
    make_wording_dev_fm,
    make_wording_dev_fn,
    make_wording_dev_fo,
    make_wording_dev_fp,
    make_wording_dev_fq,
    make_wording_dev_fr,
    make_wording_dev_fs,
    make_wording_dev_ft,
    make_wording_dev_fu,
    make_wording_dev_fv,
    make_wording_dev_g,
    make_wording_dev_h,
    make_wording_dev_i,
    make_wording_dev_i2,
    make_wording_dev_j,
    make_wording_dev_k,
    make_wording_dev_k2,
    make_wording_dev_l,
    make_wording_dev_l2,
    make_wording_dev_m,
    make_wording_dev_m2,
    make_wording_dev_n,
    make_wording_dev_n2,
    make_wording_dev_o,
    make_wording_dev_o2,
    make_wording_dev_p,
    make_wording_dev_p2,
    make_wording_dev_q,
    make_wording_dev_q2,
    make_wording_dev_r,
    make_wording_dev_r2,
    make_wording_dev_s,
    make_wording_dev_s2,
    make_wording_dev_t,
    make_wording_dev_t2,
    make_wording_dev_t3,
    make_wording_dev_t4,
    make_wording_dev_t5,
    make_wording_dev_t6,
    make_wording_dev_t7,
    make_wording_dev_t8,
    make_wording_dev_u,
    make_wording_dev_v,
    make_wording_dev_v2,
    make_wording_dev_w,
    make_wording_dev_w2,
    make_wording_dev_x,
    make_wording_dev_x2,
    make_wording_dev_y,
    make_wording_dev_y2,
    make_wording_dev_z,
    make_wording_dev_z2,
)
from benchmarks.data.set_format import WORDING_LABEL_CODES
from benchmarks.eval import WORDING_CATEGORIES, read_messages
from tests import conduct_set_support as call_set
from tests.pii_support import assert_offsets_on_written_strings
from tests.set_support import (
    check_calls_timed_and_as_text_to_every_recipient,
    check_compliant_share,
    check_entity_spans,
    check_every_pii_category,
    check_ids_in_order,
    check_loads_through_the_wording_evaluation,
    check_pipl_codes_and_ids,
    check_pipl_dev_shape,
    check_reads_as_contract_messages_with_calls,
    check_regenerated_byte_identical,
    check_size,
    check_size_share_and_categories,
    check_sorted_judged_labels,
    check_sorted_pii_categories,
    check_wording_labels,
)

EVERY_CHANNEL = frozenset({"sms", "notice", "call", "app", "email"})


@cache
def messages_of(path: Path) -> list[Message]:
    """A set's messages as the evaluation reads them, read once per test process."""
    return read_messages(path)


@cache
def records_of(path: Path) -> list[dict]:
    """A generated set's records as written, read once per test process."""
    return call_set.read_records(path)


def rows(table: dict[str, NamedTuple], applies: str | None = None) -> list:
    """The table's rows as pytest cases named after their set; with `applies`, only the rows whose field of that
    name is set."""
    return [pytest.param(row, id=name) for name, row in table.items() if applies is None or getattr(row, applies)]


# --- the held-out wording sets (issue 9) -------------------------------------------------------------------------

class HeldoutWordingSet(NamedTuple):
    generator: ModuleType                   # its `write_set` rewrites `HERE / WORDING_FILE`
    id_prefix: str | None                   # ids run PREFIX-0001, … in order
    sizes: tuple[int, int | None]
    every_category: int                     # each of the eight categories labels at least this many messages
    compliant_share: tuple[float, float]
    every_code: bool                        # every wording label code occurs
    channels: frozenset[str] | None
    every_recipient_and_call_form: bool = False

    @property
    def path(self) -> Path:
        return self.generator.HERE / self.generator.WORDING_FILE


HELDOUT_WORDING = {
    "d": HeldoutWordingSet(make_heldout_d, None, (420, None), 30, (0.40, 0.55), False, None),
    "e": HeldoutWordingSet(make_heldout_e, "HE", (460, 520), 32, (0.42, 0.52), True, None),
    "f": HeldoutWordingSet(make_heldout_f, "HF", (460, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL),
    "g": HeldoutWordingSet(make_heldout_g, "HG", (460, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "h": HeldoutWordingSet(make_heldout_h, "HH", (460, 540), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "i": HeldoutWordingSet(make_heldout_i, "HI", (460, 540), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "j": HeldoutWordingSet(make_heldout_j, "HJ", (460, 540), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "k": HeldoutWordingSet(make_heldout_k, "HK", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "l": HeldoutWordingSet(make_heldout_l, "HL", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "m": HeldoutWordingSet(make_heldout_m, "HM", (460, 540), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "n": HeldoutWordingSet(make_heldout_n, "HN", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "o": HeldoutWordingSet(make_heldout_o, "HO", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "p": HeldoutWordingSet(make_heldout_p, "HP", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "q": HeldoutWordingSet(make_heldout_q, "HQ", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "r": HeldoutWordingSet(make_heldout_r, "HR", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "s": HeldoutWordingSet(make_heldout_s, "HS", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "t": HeldoutWordingSet(make_heldout_t, "HT", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "u": HeldoutWordingSet(make_heldout_u, "HU", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "v": HeldoutWordingSet(make_heldout_v, "HV", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "w": HeldoutWordingSet(make_heldout_w, "HW", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "x": HeldoutWordingSet(make_heldout_x, "HX", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "y": HeldoutWordingSet(make_heldout_y, "HY", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "z": HeldoutWordingSet(make_heldout_z, "HZ", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ab": HeldoutWordingSet(make_heldout_ab, "HAB", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ac": HeldoutWordingSet(make_heldout_ac, "HAC", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ad": HeldoutWordingSet(make_heldout_ad, "HAD", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ae": HeldoutWordingSet(make_heldout_ae, "HAE", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "af": HeldoutWordingSet(make_heldout_af, "HAF", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ag": HeldoutWordingSet(make_heldout_ag, "HAG", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ah": HeldoutWordingSet(make_heldout_ah, "HAH", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ai": HeldoutWordingSet(make_heldout_ai, "HAI", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "aj": HeldoutWordingSet(make_heldout_aj, "HAJ", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ak": HeldoutWordingSet(make_heldout_ak, "HAK", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "al": HeldoutWordingSet(make_heldout_al, "HAL", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "am": HeldoutWordingSet(make_heldout_am, "HAM", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "an": HeldoutWordingSet(make_heldout_an, "HAN", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ao": HeldoutWordingSet(make_heldout_ao, "HAO", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ap": HeldoutWordingSet(make_heldout_ap, "HAP", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "aq": HeldoutWordingSet(make_heldout_aq, "HAQ", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ar": HeldoutWordingSet(make_heldout_ar, "HAR", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "as": HeldoutWordingSet(make_heldout_as, "HAS", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "at": HeldoutWordingSet(make_heldout_at, "HAT", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "au": HeldoutWordingSet(make_heldout_au, "HAU", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "av": HeldoutWordingSet(make_heldout_av, "HAV", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "aw": HeldoutWordingSet(make_heldout_aw, "HAW", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ax": HeldoutWordingSet(make_heldout_ax, "HAX", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ay": HeldoutWordingSet(make_heldout_ay, "HAY", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "az": HeldoutWordingSet(make_heldout_az, "HAZ", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ba": HeldoutWordingSet(make_heldout_ba, "HBA", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bb": HeldoutWordingSet(make_heldout_bb, "HBB", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bc": HeldoutWordingSet(make_heldout_bc, "HBC", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bd": HeldoutWordingSet(make_heldout_bd, "HBD", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "be": HeldoutWordingSet(make_heldout_be, "HBE", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bf": HeldoutWordingSet(make_heldout_bf, "HBF", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bg": HeldoutWordingSet(make_heldout_bg, "HBG", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bh": HeldoutWordingSet(make_heldout_bh, "HBH", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bi": HeldoutWordingSet(make_heldout_bi, "HBI", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bj": HeldoutWordingSet(make_heldout_bj, "HBJ", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bk": HeldoutWordingSet(make_heldout_bk, "HBK", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bl": HeldoutWordingSet(make_heldout_bl, "HBL", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bm": HeldoutWordingSet(make_heldout_bm, "HBM", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bn": HeldoutWordingSet(make_heldout_bn, "HBN", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bo": HeldoutWordingSet(make_heldout_bo, "HBO", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bp": HeldoutWordingSet(make_heldout_bp, "HBP", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bq": HeldoutWordingSet(make_heldout_bq, "HBQ", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "br": HeldoutWordingSet(make_heldout_br, "HBR", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bs": HeldoutWordingSet(make_heldout_bs, "HBS", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bt": HeldoutWordingSet(make_heldout_bt, "HBT", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bu": HeldoutWordingSet(make_heldout_bu, "HBU", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bv": HeldoutWordingSet(make_heldout_bv, "HBV", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bw": HeldoutWordingSet(make_heldout_bw, "HBW", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "by": HeldoutWordingSet(make_heldout_by, "HBY", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bx": HeldoutWordingSet(make_heldout_bx, "HBX", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "bz": HeldoutWordingSet(make_heldout_bz, "HBZ", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ca": HeldoutWordingSet(make_heldout_ca, "HCA", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cb": HeldoutWordingSet(make_heldout_cb, "HCB", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cc": HeldoutWordingSet(make_heldout_cc, "HCC", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cd": HeldoutWordingSet(make_heldout_cd, "HCD", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ce": HeldoutWordingSet(make_heldout_ce, "HCE", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cf": HeldoutWordingSet(make_heldout_cf, "HCF", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cg": HeldoutWordingSet(make_heldout_cg, "HCG", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ch": HeldoutWordingSet(make_heldout_ch, "HCH", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ci": HeldoutWordingSet(make_heldout_ci, "HCI", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cj": HeldoutWordingSet(make_heldout_cj, "HCJ", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ck": HeldoutWordingSet(make_heldout_ck, "HCK", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cl": HeldoutWordingSet(make_heldout_cl, "HCL", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cm": HeldoutWordingSet(make_heldout_cm, "HCM", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cn": HeldoutWordingSet(make_heldout_cn, "HCN", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "co": HeldoutWordingSet(make_heldout_co, "HCO", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cp": HeldoutWordingSet(make_heldout_cp, "HCP", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cq": HeldoutWordingSet(make_heldout_cq, "HCQ", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cr": HeldoutWordingSet(make_heldout_cr, "HCR", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cs": HeldoutWordingSet(make_heldout_cs, "HCS", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "ct": HeldoutWordingSet(make_heldout_ct, "HCT", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cu": HeldoutWordingSet(make_heldout_cu, "HCU", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cv": HeldoutWordingSet(make_heldout_cv, "HCV", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cw": HeldoutWordingSet(make_heldout_cw, "HCW", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cx": HeldoutWordingSet(make_heldout_cx, "HCX", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cy": HeldoutWordingSet(make_heldout_cy, "HCY", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "cz": HeldoutWordingSet(make_heldout_cz, "HCZ", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "da": HeldoutWordingSet(make_heldout_da, "HDA", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "db": HeldoutWordingSet(make_heldout_db, "HDB", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "dc": HeldoutWordingSet(make_heldout_dc, "HDC", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
    "a": HeldoutWordingSet(make_heldout_a, "HA", (440, 520), 32, (0.42, 0.52), True, EVERY_CHANNEL, True),
}


@pytest.mark.parametrize("held_out", rows(HELDOUT_WORDING))
def test_heldout_wording_set_is_regenerated_byte_identical(held_out: HeldoutWordingSet, tmp_path: Path) -> None:
    check_regenerated_byte_identical(held_out.generator.write_set, held_out.path, tmp_path)


@pytest.mark.parametrize("held_out", rows(HELDOUT_WORDING))
def test_heldout_wording_set_is_read_as_the_scanner_reads_it_with_every_category_and_its_compliant_share(
        held_out: HeldoutWordingSet) -> None:
    messages = messages_of(held_out.path)
    check_size(messages, held_out.sizes)
    if held_out.id_prefix:
        check_ids_in_order(messages, held_out.id_prefix)
    check_wording_labels(messages, held_out.every_category, held_out.compliant_share)
    if held_out.every_code:
        assert {c for m in messages for c in m.extra["labels"]} == set(WORDING_LABEL_CODES.values())
    if held_out.channels:
        assert {m.channel for m in messages} == held_out.channels


@pytest.mark.parametrize("held_out", rows(HELDOUT_WORDING, "every_recipient_and_call_form"))
def test_heldout_wording_set_reaches_every_recipient_and_gives_calls_as_timed_turns_and_as_text(
        held_out: HeldoutWordingSet) -> None:
    check_calls_timed_and_as_text_to_every_recipient(messages_of(held_out.path))


# --- the held-out PIPL sets (issue 14) ---------------------------------------------------------------------------

class HeldoutPiplSet(NamedTuple):
    generator: ModuleType                   # its `write_set` rewrites `HERE / SET_FILE`
    id_prefix: str | None                   # ids run PREFIX-0001, … in order
    sizes: tuple[int, int | None]
    compliant_share: tuple[float, float] | None
    channels: frozenset[str] | None

    @property
    def path(self) -> Path:
        return self.generator.HERE / self.generator.SET_FILE


HELDOUT_PIPL = {
    "d": HeldoutPiplSet(make_pipl_heldout_d, None, (220, None), None, None),
    "e": HeldoutPiplSet(make_pipl_heldout_e, None, (260, 320), (0.25, 0.35), None),
    "f": HeldoutPiplSet(make_pipl_heldout_f, "PF", (260, 320), (0.25, 0.35), EVERY_CHANNEL),
    "g": HeldoutPiplSet(make_pipl_heldout_g, "PG", (260, 320), (0.25, 0.35), EVERY_CHANNEL),
    "h": HeldoutPiplSet(make_pipl_heldout_h, "PH", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "i": HeldoutPiplSet(make_pipl_heldout_i, "PI", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "j": HeldoutPiplSet(make_pipl_heldout_j, "PJ", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "k": HeldoutPiplSet(make_pipl_heldout_k, "PK", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "l": HeldoutPiplSet(make_pipl_heldout_l, "PL", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "m": HeldoutPiplSet(make_pipl_heldout_m, "PM", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "n": HeldoutPiplSet(make_pipl_heldout_n, "PN", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "o": HeldoutPiplSet(make_pipl_heldout_o, "PO", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "p": HeldoutPiplSet(make_pipl_heldout_p, "PP", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "q": HeldoutPiplSet(make_pipl_heldout_q, "PQ", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "r": HeldoutPiplSet(make_pipl_heldout_r, "PR", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "s": HeldoutPiplSet(make_pipl_heldout_s, "PS", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "t": HeldoutPiplSet(make_pipl_heldout_t, "PT", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "u": HeldoutPiplSet(make_pipl_heldout_u, "PU", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "v": HeldoutPiplSet(make_pipl_heldout_v, "PV", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "w": HeldoutPiplSet(make_pipl_heldout_w, "PW", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "x": HeldoutPiplSet(make_pipl_heldout_x, "PX", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "y": HeldoutPiplSet(make_pipl_heldout_y, "PY", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "z": HeldoutPiplSet(make_pipl_heldout_z, "PZ", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "aa": HeldoutPiplSet(make_pipl_heldout_aa, "PAA", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "ab": HeldoutPiplSet(make_pipl_heldout_ab, "PAB", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "ac": HeldoutPiplSet(make_pipl_heldout_ac, "PAC", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "ad": HeldoutPiplSet(make_pipl_heldout_ad, "PAD", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "ae": HeldoutPiplSet(make_pipl_heldout_ae, "PAE", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "af": HeldoutPiplSet(make_pipl_heldout_af, "PAF", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "ag": HeldoutPiplSet(make_pipl_heldout_ag, "PAG", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "ah": HeldoutPiplSet(make_pipl_heldout_ah, "PAH", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "ai": HeldoutPiplSet(make_pipl_heldout_ai, "PAI", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "aj": HeldoutPiplSet(make_pipl_heldout_aj, "PAJ", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "ak": HeldoutPiplSet(make_pipl_heldout_ak, "PAK", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "al": HeldoutPiplSet(make_pipl_heldout_al, "PAL", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "am": HeldoutPiplSet(make_pipl_heldout_am, "PAM", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "an": HeldoutPiplSet(make_pipl_heldout_an, "PAN", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "ao": HeldoutPiplSet(make_pipl_heldout_ao, "PAO", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "ap": HeldoutPiplSet(make_pipl_heldout_ap, "PAP", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "aq": HeldoutPiplSet(make_pipl_heldout_aq, "PAQ", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "ar": HeldoutPiplSet(make_pipl_heldout_ar, "PAR", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "as": HeldoutPiplSet(make_pipl_heldout_as, "PAS", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "at": HeldoutPiplSet(make_pipl_heldout_at, "PAT", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "au": HeldoutPiplSet(make_pipl_heldout_au, "PAU", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "av": HeldoutPiplSet(make_pipl_heldout_av, "PAV", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "aw": HeldoutPiplSet(make_pipl_heldout_aw, "PAW", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "ax": HeldoutPiplSet(make_pipl_heldout_ax, "PAX", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "ay": HeldoutPiplSet(make_pipl_heldout_ay, "PAY", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "az": HeldoutPiplSet(make_pipl_heldout_az, "PAZ", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "ba": HeldoutPiplSet(make_pipl_heldout_ba, "PBA", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "bb": HeldoutPiplSet(make_pipl_heldout_bb, "PBB", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "bc": HeldoutPiplSet(make_pipl_heldout_bc, "PBC", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "bd": HeldoutPiplSet(make_pipl_heldout_bd, "PBD", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "be": HeldoutPiplSet(make_pipl_heldout_be, "PBE", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
    "bf": HeldoutPiplSet(make_pipl_heldout_bf, "PBF", (280, 340), (0.25, 0.35), EVERY_CHANNEL),
}


@pytest.mark.parametrize("held_out", rows(HELDOUT_PIPL))
def test_heldout_pipl_set_is_regenerated_byte_identical(held_out: HeldoutPiplSet, tmp_path: Path) -> None:
    check_regenerated_byte_identical(held_out.generator.write_set, held_out.path, tmp_path)


@pytest.mark.parametrize("held_out", rows(HELDOUT_PIPL))
def test_heldout_pipl_set_is_balanced_over_contract_categories_with_entities_on_their_strings(
        held_out: HeldoutPiplSet) -> None:
    messages = messages_of(held_out.path)
    check_size(messages, held_out.sizes)
    assert len({m.message_id for m in messages}) == len(messages)
    if held_out.id_prefix:
        check_ids_in_order(messages, held_out.id_prefix)
    check_sorted_pii_categories(messages)
    check_every_pii_category(messages, 30)
    if held_out.compliant_share:
        check_compliant_share([m.extra["categories"] for m in messages], held_out.compliant_share)
    check_entity_spans(messages)
    if held_out.channels:
        assert {m.channel for m in messages} == held_out.channels


def test_heldout_pipl_set_h_writes_identifiers_every_way_and_keeps_its_decoys_unlabelled() -> None:
    """About a third of the messages carry an identifier entity, spoken and full-width forms among them, and
    every entity type the set promises occurs; the decoy section carries no category."""
    messages = messages_of(HELDOUT_PIPL["h"].path)
    identifier_types = {"CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD", "CN_PASSPORT", "CN_LANDLINE"}
    with_identifier = [m for m in messages if any(e["entity_type"] in identifier_types for e in m.extra["entities"])]
    assert len(with_identifier) >= len(messages) / 4
    written = [m.text[e["start"]:e["end"]] for m in with_identifier for e in m.extra["entities"]]
    assert any(set(value) & set("幺洞两拐勾") for value in written)
    assert any(any("\uff10" <= c <= "\uff19" for c in value) for value in written)
    per_type = Counter(e["entity_type"] for m in messages for e in m.extra["entities"])
    assert all(per_type[t] >= 10 for t in ("PERSON", "ADDRESS", "CN_ID_CARD", "CN_MOBILE", "CN_BANK_CARD"))
    assert per_type["CN_PASSPORT"] and per_type["CN_LANDLINE"] and per_type["EMAIL"]
    decoys = [m for m in messages if m.campaign_id == "H-DECOYS"]
    assert decoys and all(not m.extra["categories"] for m in decoys)


# --- the labelled call sets (issue 11) ---------------------------------------------------------------------------

class CallSet(NamedTuple):
    path: Path
    write: Callable[[Path], Path]
    id_prefix: str | None = None            # every id starts with it
    opens_with_the_agent: bool = False      # every call's first turn is the agent's
    at_least_calls: int = 0                 # with `per_category`: size, a 35-45% compliant share and each
    per_category: int | None = None         # conduct category in at least `per_category` calls
    at_most_calls: int | None = None
    overlaps: int | None = None             # text and timed calls, this many overlapping turns, every recipient
    chats: bool = False                     # some records are typed chat threads (`medium: chat`)


CALL_SETS = {
    "dev3": CallSet(make_conduct_dev3.HERE / make_conduct_dev3.DEV3_FILE, make_conduct_dev3.write_dev3,
                    opens_with_the_agent=True, at_least_calls=120, per_category=12, overlaps=5),
    "dev4": CallSet(make_conduct_dev4.HERE / make_conduct_dev4.DEV4_FILE, make_conduct_dev4.write_dev4, "D4-",
                    opens_with_the_agent=True, at_least_calls=60, per_category=8, overlaps=2),
    "dev5": CallSet(make_conduct_dev5.HERE / make_conduct_dev5.DEV5_FILE, make_conduct_dev5.write_dev5),
    "dev6": CallSet(make_conduct_dev6.HERE / make_conduct_dev6.DEV6_FILE, make_conduct_dev6.write_dev6, "D6-",
                    opens_with_the_agent=True, at_least_calls=150, per_category=20, overlaps=3),
    "dev7": CallSet(make_conduct_dev7.HERE / make_conduct_dev7.DEV7_FILE, make_conduct_dev7.write_dev7, "D7-",
                    opens_with_the_agent=True, at_least_calls=150, per_category=20, overlaps=3),
    "dev7b": CallSet(make_conduct_dev7b.HERE / make_conduct_dev7b.DEV7B_FILE, make_conduct_dev7b.write_dev7b,
                     "D7B-", at_least_calls=45, per_category=6),
    "heldout_d": CallSet(make_conduct_heldout_d.HERE / make_conduct_heldout_d.HELDOUT_FILE,
                         make_conduct_heldout_d.write_heldout, at_least_calls=150, per_category=25),
    "heldout_e": CallSet(make_conduct_heldout_e.HERE / make_conduct_heldout_e.HELDOUT_FILE,
                         make_conduct_heldout_e.write_heldout, at_least_calls=170, per_category=25,
                         at_most_calls=200, overlaps=5, chats=True),
    "heldout_f": CallSet(make_conduct_heldout_f.HERE / make_conduct_heldout_f.HELDOUT_FILE,
                         make_conduct_heldout_f.write_heldout, at_least_calls=160, per_category=25,
                         at_most_calls=200, overlaps=5, chats=True),
}


@cache
def calls_of(path: Path) -> list[Message]:
    return call_set.read_calls(path)


@pytest.mark.parametrize("labelled", rows(CALL_SETS))
def test_call_set_is_regenerated_byte_identical(labelled: CallSet, tmp_path: Path) -> None:
    check_regenerated_byte_identical(labelled.write, labelled.path, tmp_path)


@pytest.mark.parametrize("labelled", rows(CALL_SETS))
def test_call_set_loads_as_contract_calls_the_evaluation_reads(labelled: CallSet) -> None:
    records = records_of(labelled.path)
    call_set.check_contract_calls(calls_of(labelled.path), records)
    call_set.check_read_by_evaluation(labelled.path, records)


@pytest.mark.parametrize("labelled", rows(CALL_SETS))
def test_call_set_labels_name_a_conduct_category_on_the_agent_turn_where_it_shows(labelled: CallSet) -> None:
    call_set.check_labels(calls_of(labelled.path))


@pytest.mark.parametrize("labelled", rows(CALL_SETS))
def test_call_set_writes_no_full_identifiers(labelled: CallSet) -> None:
    call_set.check_no_full_identifiers(records_of(labelled.path))


@pytest.mark.parametrize("labelled", rows(CALL_SETS, "per_category"))
def test_call_set_size_compliant_share_and_every_category(labelled: CallSet) -> None:
    records = records_of(labelled.path)
    call_set.check_balance(records, labelled.at_least_calls, labelled.per_category)
    if labelled.at_most_calls:
        assert len(records) <= labelled.at_most_calls


@pytest.mark.parametrize("labelled", rows(CALL_SETS, "overlaps"))
def test_call_set_forms_overlaps_and_recipients(labelled: CallSet) -> None:
    records = records_of(labelled.path)
    call_set.check_forms_and_recipients(records, labelled.overlaps)
    if labelled.chats:
        assert any(record.get("medium") == "chat" for record in records)


@pytest.mark.parametrize("labelled", rows(CALL_SETS, "opens_with_the_agent"))
def test_call_set_opens_every_call_with_the_agent(labelled: CallSet) -> None:
    assert all(message.turns[0].speaker == "agent" for message in calls_of(labelled.path))


@pytest.mark.parametrize("labelled", rows(CALL_SETS, "id_prefix"))
def test_call_set_ids_carry_its_prefix(labelled: CallSet) -> None:
    assert all(record["message_id"].startswith(labelled.id_prefix) for record in records_of(labelled.path))


def test_call_set_heldout_f_is_two_fifths_compliant_with_untimed_calls_outside_chats() -> None:
    records = records_of(CALL_SETS["heldout_f"].path)
    assert sum(1 for record in records if not record["labels"]) / len(records) >= 0.40
    assert any("turns" in record and "start" not in record["turns"][0] and "medium" not in record
               for record in records)


# --- the wording development batches ----------------------------------------------------------------------------

class WordingBatch(NamedTuple):
    generator: ModuleType                   # its `write` rewrites `HERE / OUTPUT`
    at_least: int = 0
    share: tuple[float, float] | None = None    # of compliant records (of violating ones with `violating`)
    every_category: int = 0                 # with `share`: each judged category labels this many records
    violating: bool = False
    id_prefix: str | None = None
    every_wording_category: bool = False    # every wording category labels some record
    also: Callable[[list[dict]], None] | None = None    # the batch's own shape beside the table's

    @property
    def path(self) -> Path:
        return self.generator.HERE / self.generator.OUTPUT


def false_legal_claims_present(records: list[dict]) -> None:
    """Batch f: at least 25 false legal claims."""
    assert sum(1 for r in records if "misleading.legal" in r["labels"]) >= 25


def legal_claims_and_third_parties_present(records: list[dict]) -> None:
    """Batch g: at least 50 false legal claims and ten messages to third parties."""
    assert sum(1 for r in records if "misleading.legal" in r["labels"]) >= 50
    assert sum(1 for r in records if r["recipient_type"] == "third_party") >= 10


def legal_impersonation_and_rollover_weighted(records: list[dict]) -> None:
    """Batches v and z: at least 15 false legal claims, 15 impersonations and 12 rollover messages."""
    counts = Counter(label for r in records for label in r["labels"])
    assert counts["misleading.legal"] >= 15 and counts["misleading.impersonation"] >= 15
    assert counts["coercion.debt_rollover"] >= 12


TWO_THIRDS = (0.60, 0.72)
WORDING_BATCHES = {
    "d": WordingBatch(make_wording_dev_d, id_prefix="WD-", every_wording_category=True),
    "e": WordingBatch(make_wording_dev_e, 120, every_wording_category=True),
    "f": WordingBatch(make_wording_dev_f, 60, TWO_THIRDS, also=false_legal_claims_present),
    "g": WordingBatch(make_wording_dev_g, 240, (0.62, 0.70), 3, also=legal_claims_and_third_parties_present),
    "h": WordingBatch(make_wording_dev_h, 200, (0.45, 0.55), 10),
    "i": WordingBatch(make_wording_dev_i, 240, (0.62, 0.70), 5),
    "i2": WordingBatch(make_wording_dev_i2, 80, (0.62, 0.70)),
    "j": WordingBatch(make_wording_dev_j, 190, (0.45, 0.55), 10),
    "k": WordingBatch(make_wording_dev_k, 190, TWO_THIRDS, 8),
    "k2": WordingBatch(make_wording_dev_k2, 80, TWO_THIRDS, 3),
    "l": WordingBatch(make_wording_dev_l, 190, TWO_THIRDS, 10, violating=True),
    "l2": WordingBatch(make_wording_dev_l2, 100, TWO_THIRDS, 4, violating=True),
    "m": WordingBatch(make_wording_dev_m, 190, TWO_THIRDS, 5),
    "m2": WordingBatch(make_wording_dev_m2, 90, TWO_THIRDS, 3),
    "n": WordingBatch(make_wording_dev_n, 190, TWO_THIRDS, 4, violating=True),
    "n2": WordingBatch(make_wording_dev_n2, 100, TWO_THIRDS, 4, violating=True),
    "o": WordingBatch(make_wording_dev_o, 105, (0.55, 0.65), 4, violating=True),
    "o2": WordingBatch(make_wording_dev_o2, 40, (0.52, 0.65), 2, violating=True),
    "p": WordingBatch(make_wording_dev_p, 140, TWO_THIRDS, 5),
    "p2": WordingBatch(make_wording_dev_p2, 60, TWO_THIRDS, 2),
    "q": WordingBatch(make_wording_dev_q, 120, (0.45, 0.55), 5),
    "q2": WordingBatch(make_wording_dev_q2, 60, (0.45, 0.55), 4),
    "r": WordingBatch(make_wording_dev_r, 150, TWO_THIRDS, 5),
    "r2": WordingBatch(make_wording_dev_r2, 60, TWO_THIRDS, 2),
    "s": WordingBatch(make_wording_dev_s, 120, (0.45, 0.55), 5),
    "s2": WordingBatch(make_wording_dev_s2, 60, (0.45, 0.55), 3),
    "t": WordingBatch(make_wording_dev_t, 150, TWO_THIRDS, 5),
    "t2": WordingBatch(make_wording_dev_t2, 60, TWO_THIRDS, 2),
    "t3": WordingBatch(make_wording_dev_t3, 80, TWO_THIRDS, 2),
    "t4": WordingBatch(make_wording_dev_t4, 60, TWO_THIRDS, 2),
    "t5": WordingBatch(make_wording_dev_t5, 55, TWO_THIRDS, 2),
    "t6": WordingBatch(make_wording_dev_t6, 55, TWO_THIRDS, 2),
    "t7": WordingBatch(make_wording_dev_t7, 40, TWO_THIRDS, 1),
    "t8": WordingBatch(make_wording_dev_t8, 35, TWO_THIRDS, 1),
    "u": WordingBatch(make_wording_dev_u, 95, (0.45, 0.55), 6),
    "v": WordingBatch(make_wording_dev_v, 95, (0.45, 0.55), also=legal_impersonation_and_rollover_weighted),
    "v2": WordingBatch(make_wording_dev_v2, 50, (0.45, 0.55)),
    "w": WordingBatch(make_wording_dev_w, 115, (0.45, 0.55), 6, every_wording_category=True),
    "w2": WordingBatch(make_wording_dev_w2, 60, (0.45, 0.55), 1, every_wording_category=True),
    "y": WordingBatch(make_wording_dev_y, 95, (0.45, 0.55), 6),
    "y2": WordingBatch(make_wording_dev_y2, 30, (0.45, 0.55), 2),
    "x": WordingBatch(make_wording_dev_x, 150, TWO_THIRDS, 2),
    "x2": WordingBatch(make_wording_dev_x2, 60, TWO_THIRDS, 1),
    "z": WordingBatch(make_wording_dev_z, 90, (0.45, 0.55), also=legal_impersonation_and_rollover_weighted),
    "z2": WordingBatch(make_wording_dev_z2, 50, (0.45, 0.55)),
    "aa": WordingBatch(make_wording_dev_aa, 90, (0.45, 0.55), 2),
    "aa2": WordingBatch(make_wording_dev_aa2, 40, (0.45, 0.55), 1),
    "ab": WordingBatch(make_wording_dev_ab, 120, TWO_THIRDS, 5),
    "ab2": WordingBatch(make_wording_dev_ab2, 50, TWO_THIRDS, 2),
    "ac": WordingBatch(make_wording_dev_ac, 380, (0.45, 0.55), 20),
    "ad": WordingBatch(make_wording_dev_ad, 380, (0.45, 0.55), 20),
    "ae": WordingBatch(make_wording_dev_ae, 380, (0.45, 0.55), 20),
    "af": WordingBatch(make_wording_dev_af, 380, (0.45, 0.55), 20),
    "ag": WordingBatch(make_wording_dev_ag, 380, (0.45, 0.55), 20),
    "ah": WordingBatch(make_wording_dev_ah, 380, (0.45, 0.55), 20),
    "ai": WordingBatch(make_wording_dev_ai, 380, (0.45, 0.55), 20),
    "aj": WordingBatch(make_wording_dev_aj, 380, (0.45, 0.55), 20),
    "ak": WordingBatch(make_wording_dev_ak, 380, (0.45, 0.55), 20),
    "al": WordingBatch(make_wording_dev_al, 380, (0.45, 0.55), 20),
    "am": WordingBatch(make_wording_dev_am, 380, (0.45, 0.55), 20),
    "an": WordingBatch(make_wording_dev_an, 380, (0.45, 0.55), 20),
    "ao": WordingBatch(make_wording_dev_ao, 380, (0.45, 0.55), 20),
    "ap": WordingBatch(make_wording_dev_ap, 380, (0.45, 0.55), 20),
    "aq": WordingBatch(make_wording_dev_aq, 380, (0.45, 0.55), 20),
    "ar": WordingBatch(make_wording_dev_ar, 380, (0.45, 0.55), 20),
    "as": WordingBatch(make_wording_dev_as, 380, (0.45, 0.55), 20),
    "at": WordingBatch(make_wording_dev_at, 380, (0.45, 0.55), 20),
    "au": WordingBatch(make_wording_dev_au, 380, (0.45, 0.55), 20),
    "av": WordingBatch(make_wording_dev_av, 380, (0.45, 0.55), 20),
    "aw": WordingBatch(make_wording_dev_aw, 380, (0.52, 0.64), 20),
    "ax": WordingBatch(make_wording_dev_ax, 380, (0.52, 0.64), 20),
    "ay": WordingBatch(make_wording_dev_ay, 380, (0.52, 0.64), 20),
    "az": WordingBatch(make_wording_dev_az, 380, (0.45, 0.60), 20),
    "ba": WordingBatch(make_wording_dev_ba, 380, (0.45, 0.60), 20),
    "bb": WordingBatch(make_wording_dev_bb, 380, (0.45, 0.62), 20),
    "bc": WordingBatch(make_wording_dev_bc, 380, (0.42, 0.60), 20),
    "bd": WordingBatch(make_wording_dev_bd, 380, (0.42, 0.60), 20),
    "be": WordingBatch(make_wording_dev_be, 380, (0.42, 0.60), 20),
    "bf": WordingBatch(make_wording_dev_bf, 380, (0.42, 0.60), 20),
    "bg": WordingBatch(make_wording_dev_bg, 380, (0.42, 0.60), 20),
    "bh": WordingBatch(make_wording_dev_bh, 380, (0.55, 0.72), 12),
    "bi": WordingBatch(make_wording_dev_bi, 350, (0.42, 0.60), 20),
    "bj": WordingBatch(make_wording_dev_bj, 380, (0.42, 0.60), 20),
    "bk": WordingBatch(make_wording_dev_bk, 380, (0.42, 0.60), 20),
    "bl": WordingBatch(make_wording_dev_bl, 380, (0.42, 0.60), 20),
    "bm": WordingBatch(make_wording_dev_bm, 380, (0.42, 0.60), 20),
    "bn": WordingBatch(make_wording_dev_bn, 380, (0.42, 0.60), 20),
    "bo": WordingBatch(make_wording_dev_bo, 380, (0.42, 0.60), 20),
    "bp": WordingBatch(make_wording_dev_bp, 380, (0.42, 0.60), 20),
    "bq": WordingBatch(make_wording_dev_bq, 380, (0.42, 0.60), 20),
    "br": WordingBatch(make_wording_dev_br, 380, (0.42, 0.60), 20),
    "bs": WordingBatch(make_wording_dev_bs, 380, (0.42, 0.60), 20),
    "bt": WordingBatch(make_wording_dev_bt, 380, (0.42, 0.60), 20),
    "bu": WordingBatch(make_wording_dev_bu, 380, (0.42, 0.60), 20),
    "bv": WordingBatch(make_wording_dev_bv, 380, (0.42, 0.60), 20),
    "bw": WordingBatch(make_wording_dev_bw, 380, (0.42, 0.60), 20),
    "bx": WordingBatch(make_wording_dev_bx, 380, (0.42, 0.60), 20),
    "by": WordingBatch(make_wording_dev_by, 380, (0.42, 0.60), 20),
    "bz": WordingBatch(make_wording_dev_bz, 380, (0.42, 0.60), 20),
    "ca": WordingBatch(make_wording_dev_ca, 380, (0.42, 0.60), 20),
    "cb": WordingBatch(make_wording_dev_cb, 380, (0.42, 0.60), 20),
    "cc": WordingBatch(make_wording_dev_cc, 380, (0.42, 0.60), 20),
    "cd": WordingBatch(make_wording_dev_cd, 380, (0.42, 0.60), 20),
    "ce": WordingBatch(make_wording_dev_ce, 380, (0.42, 0.60), 20),
    "cf": WordingBatch(make_wording_dev_cf, 380, (0.42, 0.60), 20),
    "cg": WordingBatch(make_wording_dev_cg, 380, (0.42, 0.60), 20),
    "ch": WordingBatch(make_wording_dev_ch, 380, (0.42, 0.60), 20),
    "ci": WordingBatch(make_wording_dev_ci, 380, (0.42, 0.60), 20),
    "cj": WordingBatch(make_wording_dev_cj, 380, (0.42, 0.60), 20),
    "ck": WordingBatch(make_wording_dev_ck, 380, (0.42, 0.60), 20),
    "cl": WordingBatch(make_wording_dev_cl, 380, (0.42, 0.60), 20),
    "cm": WordingBatch(make_wording_dev_cm, 380, (0.42, 0.60), 20),
    "cn": WordingBatch(make_wording_dev_cn, 380, (0.42, 0.60), 20),
    "co": WordingBatch(make_wording_dev_co, 380, (0.42, 0.60), 20),
    "cp": WordingBatch(make_wording_dev_cp, 380, (0.42, 0.60), 20),
    "cq": WordingBatch(make_wording_dev_cq, 380, (0.42, 0.60), 20),
    "cr": WordingBatch(make_wording_dev_cr, 380, (0.42, 0.60), 20),
    "cs": WordingBatch(make_wording_dev_cs, 380, (0.42, 0.60), 20),
    "ct": WordingBatch(make_wording_dev_ct, 380, (0.42, 0.60), 20),
    "cu": WordingBatch(make_wording_dev_cu, 380, (0.42, 0.60), 20),
    "cv": WordingBatch(make_wording_dev_cv, 380, (0.42, 0.60), 20),
    "cw": WordingBatch(make_wording_dev_cw, 380, (0.42, 0.60), 20),
    "cx": WordingBatch(make_wording_dev_cx, 380, (0.42, 0.60), 20),
    "cy": WordingBatch(make_wording_dev_cy, 380, (0.42, 0.60), 20),
    "cz": WordingBatch(make_wording_dev_cz, 380, (0.42, 0.60), 20),
    "da": WordingBatch(make_wording_dev_da, 380, (0.42, 0.60), 20),
    "db": WordingBatch(make_wording_dev_db, 380, (0.42, 0.60), 20),
    "dc": WordingBatch(make_wording_dev_dc, 380, (0.42, 0.60), 20),
    "dd": WordingBatch(make_wording_dev_dd, 380, (0.42, 0.60), 20),
    "de": WordingBatch(make_wording_dev_de, 380, (0.42, 0.60), 20),
    "df": WordingBatch(make_wording_dev_df, 380, (0.42, 0.60), 20),
    "dg": WordingBatch(make_wording_dev_dg, 380, (0.42, 0.60), 20),
    "dh": WordingBatch(make_wording_dev_dh, 380, (0.42, 0.60), 20),
    "di": WordingBatch(make_wording_dev_di, 380, (0.42, 0.60), 20),
    "dj": WordingBatch(make_wording_dev_dj, 380, (0.42, 0.60), 20),
    "dk": WordingBatch(make_wording_dev_dk, 380, (0.42, 0.60), 20),
    "dl": WordingBatch(make_wording_dev_dl, 380, (0.42, 0.60), 20),
    "dm": WordingBatch(make_wording_dev_dm, 380, (0.42, 0.60), 20),
    "dn": WordingBatch(make_wording_dev_dn, 380, (0.42, 0.60), 20),
    "do": WordingBatch(make_wording_dev_do, 380, (0.42, 0.60), 20),
    "dp": WordingBatch(make_wording_dev_dp, 380, (0.42, 0.60), 20),
    "dq": WordingBatch(make_wording_dev_dq, 380, (0.42, 0.60), 20),
    "dr": WordingBatch(make_wording_dev_dr, 380, (0.42, 0.60), 20),
    "ds": WordingBatch(make_wording_dev_ds, 380, (0.42, 0.60), 20),
    "dt": WordingBatch(make_wording_dev_dt, 380, (0.42, 0.60), 20),
    "du": WordingBatch(make_wording_dev_du, 380, (0.42, 0.60), 20),
    "dv": WordingBatch(make_wording_dev_dv, 380, (0.42, 0.60), 20),
    "dw": WordingBatch(make_wording_dev_dw, 380, (0.42, 0.60), 20),
    "dx": WordingBatch(make_wording_dev_dx, 380, (0.42, 0.60), 20),
    "dy": WordingBatch(make_wording_dev_dy, 380, (0.42, 0.60), 20),
    "dz": WordingBatch(make_wording_dev_dz, 380, (0.42, 0.60), 20),
    "ea": WordingBatch(make_wording_dev_ea, 380, (0.42, 0.60), 20),
    "eb": WordingBatch(make_wording_dev_eb, 380, (0.42, 0.60), 20),
    "ec": WordingBatch(make_wording_dev_ec, 380, (0.42, 0.60), 20),
    "ed": WordingBatch(make_wording_dev_ed, 380, (0.42, 0.60), 20),
    "ee": WordingBatch(make_wording_dev_ee, 380, (0.42, 0.60), 20),
    "ef": WordingBatch(make_wording_dev_ef, 380, (0.42, 0.60), 20),
    "eg": WordingBatch(make_wording_dev_eg, 380, (0.42, 0.60), 20),
    "eh": WordingBatch(make_wording_dev_eh, 380, (0.42, 0.60), 20),
    "ei": WordingBatch(make_wording_dev_ei, 380, (0.42, 0.60), 20),
    "ej": WordingBatch(make_wording_dev_ej, 380, (0.42, 0.60), 20),
    "ek": WordingBatch(make_wording_dev_ek, 380, (0.42, 0.60), 20),
    "el": WordingBatch(make_wording_dev_el, 380, (0.42, 0.60), 20),
    "em": WordingBatch(make_wording_dev_em, 380, (0.42, 0.60), 20),
    "en": WordingBatch(make_wording_dev_en, 380, (0.42, 0.60), 20),
    "eo": WordingBatch(make_wording_dev_eo, 380, (0.42, 0.60), 20),
    "ep": WordingBatch(make_wording_dev_ep, 380, (0.42, 0.60), 20),
    "eq": WordingBatch(make_wording_dev_eq, 380, (0.42, 0.60), 20),
    "er": WordingBatch(make_wording_dev_er, 380, (0.42, 0.60), 20),
    "es": WordingBatch(make_wording_dev_es, 380, (0.42, 0.60), 20),
    "et": WordingBatch(make_wording_dev_et, 380, (0.42, 0.60), 20),
    "eu": WordingBatch(make_wording_dev_eu, 380, (0.42, 0.60), 20),
    "ev": WordingBatch(make_wording_dev_ev, 380, (0.42, 0.60), 20),
    "ew": WordingBatch(make_wording_dev_ew, 380, (0.58, 0.72), 20),
    "ex": WordingBatch(make_wording_dev_ex, 380, (0.42, 0.60), 20),
    "ey": WordingBatch(make_wording_dev_ey, 380, (0.42, 0.60), 20),
    "ez": WordingBatch(make_wording_dev_ez, 380, (0.42, 0.60), 20),
    "fa": WordingBatch(make_wording_dev_fa, 380, (0.42, 0.60), 20),
    "fb": WordingBatch(make_wording_dev_fb, 380, (0.42, 0.60), 20),
    "fc": WordingBatch(make_wording_dev_fc, 380, (0.42, 0.60), 20),
    "fd": WordingBatch(make_wording_dev_fd, 380, (0.42, 0.60), 20),
    "fe": WordingBatch(make_wording_dev_fe, 380, (0.42, 0.60), 20),
    "ff": WordingBatch(make_wording_dev_ff, 380, (0.42, 0.60), 20),
    "fg": WordingBatch(make_wording_dev_fg, 380, (0.58, 0.72), 20),
    "fh": WordingBatch(make_wording_dev_fh, 380, (0.42, 0.60), 20),
    "fi": WordingBatch(make_wording_dev_fi, 380, (0.42, 0.60), 20),
    "fj": WordingBatch(make_wording_dev_fj, 380, (0.42, 0.60), 20),
    "fk": WordingBatch(make_wording_dev_fk, 230, (0.42, 0.60), 20),
    "fl": WordingBatch(make_wording_dev_fl, 260, (0.42, 0.60), 20),
    "fm": WordingBatch(make_wording_dev_fm, 315, (0.42, 0.60), 20),
    "fn": WordingBatch(make_wording_dev_fn, 290, (0.42, 0.60), 20),
    "fo": WordingBatch(make_wording_dev_fo, 295, (0.42, 0.60), 20),
    "fp": WordingBatch(make_wording_dev_fp, 295, (0.42, 0.60), 20),
    "fq": WordingBatch(make_wording_dev_fq, 315, (0.42, 0.60), 20),
    "fr": WordingBatch(make_wording_dev_fr, 280, (0.42, 0.60), 20),
    "fs": WordingBatch(make_wording_dev_fs, 300, (0.42, 0.60), 20),
    "ft": WordingBatch(make_wording_dev_ft, 315, (0.42, 0.60), 20),
    "fu": WordingBatch(make_wording_dev_fu, 325, (0.42, 0.60), 20),
    "fv": WordingBatch(make_wording_dev_fv, 300, (0.42, 0.60), 20),
}


@pytest.mark.parametrize("batch", rows(WORDING_BATCHES))
def test_wording_batch_is_regenerated_byte_identical(batch: WordingBatch, tmp_path: Path) -> None:
    check_regenerated_byte_identical(batch.generator.write, batch.path, tmp_path)


@pytest.mark.parametrize("batch", rows(WORDING_BATCHES))
def test_wording_batch_loads_through_the_evaluation(batch: WordingBatch) -> None:
    check_loads_through_the_wording_evaluation(batch.path, records_of(batch.path))


@pytest.mark.parametrize("batch", rows(WORDING_BATCHES))
def test_wording_batch_labels_are_sorted_judged_categories(batch: WordingBatch) -> None:
    check_sorted_judged_labels(records_of(batch.path))


@pytest.mark.parametrize("batch", rows(WORDING_BATCHES))
def test_wording_batch_is_shaped_as_promised(batch: WordingBatch) -> None:
    records = records_of(batch.path)
    check_size(records, (batch.at_least, None))
    if batch.id_prefix:
        assert all(r["message_id"].startswith(batch.id_prefix) for r in records)
    if batch.share:
        check_size_share_and_categories(records, batch.at_least, batch.share, batch.every_category,
                                        violating=batch.violating)
    if batch.every_wording_category:
        assert {label for r in records for label in r["labels"]} >= set(WORDING_CATEGORIES)
    if batch.also:
        batch.also(records)


def wording_dev_e_part(record: dict) -> int:
    """Batch e's parts: 1 for WE-001…, 2 for WE-201…, 3 for WE-301…"""
    number = int(record["message_id"].removeprefix("WE-"))
    return 1 if number < 200 else number // 100


@pytest.mark.parametrize(("name", "in_part", "smallest", "largest"), [
    pytest.param("d", lambda r: r["message_id"].startswith("WD-0"), 60, 80, id="d-WD-0"),
    pytest.param("d", lambda r: r["message_id"].startswith("WD-2"), 40, 80, id="d-WD-2"),
    pytest.param("e", lambda r: wording_dev_e_part(r) == 1, 120, None, id="e-1"),
    pytest.param("e", lambda r: wording_dev_e_part(r) == 2, 50, None, id="e-2"),
    pytest.param("e", lambda r: wording_dev_e_part(r) == 3, 40, None, id="e-3"),
])
def test_wording_batch_part_is_half_violating_and_half_compliant_near_misses(
        name: str, in_part: Callable[[dict], bool], smallest: int, largest: int | None) -> None:
    part = [r for r in records_of(WORDING_BATCHES[name].path) if in_part(r)]
    check_size(part, (smallest, largest))
    violating = sum(1 for r in part if r["labels"])
    assert abs(violating - (len(part) - violating)) <= len(part) // 8


def test_wording_batch_d_labels_a_disclosure_only_on_messages_to_a_third_party() -> None:
    for record in records_of(WORDING_BATCHES["d"].path):
        if "pii.third_party_disclosure" in record["labels"]:
            assert record["recipient_type"] == "third_party", record["message_id"]


def test_wording_batch_e_signed_guarantors_are_compliant_third_party_messages() -> None:
    guarantors = [r for r in records_of(WORDING_BATCHES["e"].path) if wording_dev_e_part(r) == 1
                  and ("保证人" in r.get("text", "") or "担保人" in "".join(t["text"] for t in r.get("turns", [])))]
    assert len(guarantors) == 2
    assert all(r["recipient_type"] == "third_party" and r["labels"] == [] for r in guarantors)


# --- the PIPL development batches -------------------------------------------------------------------------------

class PiplBatch(NamedTuple):
    path: Path
    write: Callable[[Path], Path]
    id_prefix: str
    messages: list[tuple[str, ...]]         # the script's messages, whose entity strings the records point at
    at_least: int
    lawful_prefix: str | None = None        # the ids of lawful records start with it
    lawful_share: tuple[float, float] | None = None     # with it, the development-set shape of set_support
    families: str = ""                      # sensitive families each labelling `per_family` records or more
    per_family: int = 0
    both_recipients: bool = False           # messages to debtors and to third parties, no other
    every_category: int | None = None       # all four PIPL categories, each on at least this many records


DEV_SHAPE = {"at_least": 250, "lawful_share": (0.25, 0.40), "families": "hpmdcwfrk", "per_family": 8}
PIPL_BATCHES = {
    "dev2": PiplBatch(make_pipl_dev2.HERE / make_pipl_dev2.DEV2_FILE, make_pipl_dev2.write_dev2, "pipl2-",
                      make_pipl_dev2.MESSAGES, 160),
    "dev3": PiplBatch(make_pipl_dev3.HERE / make_pipl_dev3.DEV3_FILE, make_pipl_dev3.write_dev3, "pipl3-",
                      make_pipl_dev3.MESSAGES, 120, lawful_share=(0.35, 0.45), families="spwcrf", per_family=5),
    "dev4": PiplBatch(make_pipl_dev4.HERE / make_pipl_dev4.DEV4_FILE, make_pipl_dev4.write_dev4, "pipl4-",
                      make_pipl_dev4.MESSAGES, lawful_prefix="pipl4-n", **DEV_SHAPE),
    "dev5": PiplBatch(make_pipl_dev5.HERE / make_pipl_dev5.DEV5_FILE, make_pipl_dev5.write_dev5, "pipl5-",
                      make_pipl_dev5.MESSAGES, lawful_prefix="pipl5-n", **DEV_SHAPE),
    "dev5b": PiplBatch(make_pipl_dev5b.HERE / make_pipl_dev5b.DEV5B_FILE, make_pipl_dev5b.write_dev5b, "pipl5-b-",
                       make_pipl_dev5b.MESSAGES, 80, lawful_prefix="pipl5-b-n"),
    "dev6": PiplBatch(make_pipl_dev6.HERE / make_pipl_dev6.DEV6_FILE, make_pipl_dev6.write_dev6, "pipl6-",
                      make_pipl_dev6.MESSAGES, lawful_prefix="pipl6-n", both_recipients=True, **DEV_SHAPE),
    "dev6b": PiplBatch(make_pipl_dev6b.HERE / make_pipl_dev6b.DEV6B_FILE, make_pipl_dev6b.write_dev6b, "pipl6-b-",
                       make_pipl_dev6b.MESSAGES, 80, lawful_prefix="pipl6-b-n"),
    "dev7": PiplBatch(make_pipl_dev7.HERE / make_pipl_dev7.DEV7_FILE, make_pipl_dev7.write_dev7, "pipl7-",
                      make_pipl_dev7.MESSAGES, lawful_prefix="pipl7-n", both_recipients=True, every_category=20,
                      **DEV_SHAPE),
    "dev7b": PiplBatch(make_pipl_dev7b.HERE / make_pipl_dev7b.DEV7B_FILE, make_pipl_dev7b.write_dev7b, "pipl7-b-",
                       make_pipl_dev7b.MESSAGES, 80, lawful_prefix="pipl7-b-n", every_category=0),
    "dev8": PiplBatch(make_pipl_dev8.HERE / make_pipl_dev8.DEV8_FILE, make_pipl_dev8.write_dev8, "pipl8-",
                      make_pipl_dev8.MESSAGES, lawful_prefix="pipl8-n", both_recipients=True, every_category=20,
                      **DEV_SHAPE),
    "dev8b": PiplBatch(make_pipl_dev8b.HERE / make_pipl_dev8b.DEV8B_FILE, make_pipl_dev8b.write_dev8b, "pipl8-b-",
                       make_pipl_dev8b.MESSAGES, 80, lawful_prefix="pipl8-b-n", every_category=0),
    "dev9": PiplBatch(make_pipl_dev9.HERE / make_pipl_dev9.DEV9_FILE, make_pipl_dev9.write_dev9, "pipl9-",
                      make_pipl_dev9.MESSAGES, 180, lawful_prefix="pipl9-n", every_category=8),
    "dev9b": PiplBatch(make_pipl_dev9b.HERE / make_pipl_dev9b.DEV9B_FILE, make_pipl_dev9b.write_dev9b, "pipl9-b-",
                       make_pipl_dev9b.MESSAGES, 40, lawful_prefix="pipl9-b-n", every_category=2),
    "dev10": PiplBatch(make_pipl_dev10.HERE / make_pipl_dev10.DEV10_FILE, make_pipl_dev10.write_dev10, "pipl10-",
                       make_pipl_dev10.MESSAGES, 150, lawful_prefix="pipl10-n"),
    "dev10b": PiplBatch(make_pipl_dev10b.HERE / make_pipl_dev10b.DEV10B_FILE, make_pipl_dev10b.write_dev10b,
                        "pipl10-b-", make_pipl_dev10b.MESSAGES, 45, lawful_prefix="pipl10-b-n"),
    "dev11": PiplBatch(make_pipl_dev11.HERE / make_pipl_dev11.DEV11_FILE, make_pipl_dev11.write_dev11, "pipl11-",
                       make_pipl_dev11.MESSAGES, 150, lawful_prefix="pipl11-n", every_category=20),
    "dev11b": PiplBatch(make_pipl_dev11b.HERE / make_pipl_dev11b.DEV11B_FILE, make_pipl_dev11b.write_dev11b,
                        "pipl11-b-", make_pipl_dev11b.MESSAGES, 50, lawful_prefix="pipl11-b-n", every_category=5),
    "dev12": PiplBatch(make_pipl_dev12.HERE / make_pipl_dev12.DEV12_FILE, make_pipl_dev12.write_dev12, "pipl12-",
                       make_pipl_dev12.MESSAGES, 150, lawful_prefix="pipl12-n"),
    "dev12b": PiplBatch(make_pipl_dev12b.HERE / make_pipl_dev12b.DEV12B_FILE, make_pipl_dev12b.write_dev12b,
                        "pipl12-b-", make_pipl_dev12b.MESSAGES, 50, lawful_prefix="pipl12-b-n"),
    "dev13": PiplBatch(make_pipl_dev13.HERE / make_pipl_dev13.DEV13_FILE, make_pipl_dev13.write_dev13, "pipl13-",
                       make_pipl_dev13.MESSAGES, 145, lawful_prefix="pipl13-n", every_category=20),
    "dev13b": PiplBatch(make_pipl_dev13b.HERE / make_pipl_dev13b.DEV13B_FILE, make_pipl_dev13b.write_dev13b,
                        "pipl13-b-", make_pipl_dev13b.MESSAGES, 50, lawful_prefix="pipl13-b-n", every_category=5),
    "dev14": PiplBatch(make_pipl_dev14.HERE / make_pipl_dev14.DEV14_FILE, make_pipl_dev14.write_dev14, "pipl14-",
                       make_pipl_dev14.MESSAGES, 150, lawful_prefix="pipl14-n", every_category=20),
    "dev14b": PiplBatch(make_pipl_dev14b.HERE / make_pipl_dev14b.DEV14B_FILE, make_pipl_dev14b.write_dev14b,
                        "pipl14-b-", make_pipl_dev14b.MESSAGES, 50, lawful_prefix="pipl14-b-n", every_category=5),
    "dev15": PiplBatch(make_pipl_dev15.HERE / make_pipl_dev15.DEV15_FILE, make_pipl_dev15.write_dev15, "pipl15-",
                       make_pipl_dev15.MESSAGES, 145, lawful_prefix="pipl15-n"),
    "dev15b": PiplBatch(make_pipl_dev15b.HERE / make_pipl_dev15b.DEV15B_FILE, make_pipl_dev15b.write_dev15b,
                        "pipl15-b-", make_pipl_dev15b.MESSAGES, 50, lawful_prefix="pipl15-b-n"),
    "dev16": PiplBatch(make_pipl_dev16.HERE / make_pipl_dev16.DEV16_FILE, make_pipl_dev16.write_dev16, "pipl16-",
                       make_pipl_dev16.MESSAGES, 150, lawful_prefix="pipl16-n", every_category=20),
    "dev16b": PiplBatch(make_pipl_dev16b.HERE / make_pipl_dev16b.DEV16B_FILE, make_pipl_dev16b.write_dev16b,
                        "pipl16-b-", make_pipl_dev16b.MESSAGES, 50, lawful_prefix="pipl16-b-n", every_category=5),
    "dev17": PiplBatch(make_pipl_dev17.HERE / make_pipl_dev17.DEV17_FILE, make_pipl_dev17.write_dev17, "pipl17-",
                       make_pipl_dev17.MESSAGES, 300, lawful_prefix="pipl17-n", every_category=40),
    "dev18": PiplBatch(make_pipl_dev18.HERE / make_pipl_dev18.DEV18_FILE, make_pipl_dev18.write_dev18, "pipl18-",
                       make_pipl_dev18.MESSAGES, 300, lawful_prefix="pipl18-n", every_category=40),
    "dev19": PiplBatch(make_pipl_dev19.HERE / make_pipl_dev19.DEV19_FILE, make_pipl_dev19.write_dev19, "pipl19-",
                       make_pipl_dev19.MESSAGES, 300, lawful_prefix="pipl19-n", every_category=40),
    "dev20": PiplBatch(make_pipl_dev20.HERE / make_pipl_dev20.DEV20_FILE, make_pipl_dev20.write_dev20, "pipl20-",
                       make_pipl_dev20.MESSAGES, 150, lawful_prefix="pipl20-n", every_category=15),
    "dev21": PiplBatch(make_pipl_dev21.HERE / make_pipl_dev21.DEV21_FILE, make_pipl_dev21.write_dev21, "pipl21-",
                       make_pipl_dev21.MESSAGES, 150, lawful_prefix="pipl21-n", every_category=12),
    "dev22": PiplBatch(make_pipl_dev22.HERE / make_pipl_dev22.DEV22_FILE, make_pipl_dev22.write_dev22, "pipl22-",
                       make_pipl_dev22.MESSAGES, 250, lawful_prefix="pipl22-n", every_category=30),
    "dev23": PiplBatch(make_pipl_dev23.HERE / make_pipl_dev23.DEV23_FILE, make_pipl_dev23.write_dev23, "pipl23-",
                       make_pipl_dev23.MESSAGES, 250, lawful_prefix="pipl23-n", every_category=30),
    "dev24": PiplBatch(make_pipl_dev24.HERE / make_pipl_dev24.DEV24_FILE, make_pipl_dev24.write_dev24, "pipl24-",
                       make_pipl_dev24.MESSAGES, 250, lawful_prefix="pipl24-n", every_category=30),
    "dev25": PiplBatch(make_pipl_dev25.HERE / make_pipl_dev25.DEV25_FILE, make_pipl_dev25.write_dev25, "pipl25-",
                       make_pipl_dev25.MESSAGES, 250, lawful_prefix="pipl25-n", every_category=30),
    "dev26": PiplBatch(make_pipl_dev26.HERE / make_pipl_dev26.DEV26_FILE, make_pipl_dev26.write_dev26, "pipl26-",
                       make_pipl_dev26.MESSAGES, 250, lawful_prefix="pipl26-n", every_category=30),
    "dev27": PiplBatch(make_pipl_dev27.HERE / make_pipl_dev27.DEV27_FILE, make_pipl_dev27.write_dev27, "pipl27-",
                       make_pipl_dev27.MESSAGES, 250, lawful_prefix="pipl27-n", every_category=30),
    "dev28": PiplBatch(make_pipl_dev28.HERE / make_pipl_dev28.DEV28_FILE, make_pipl_dev28.write_dev28, "pipl28-",
                       make_pipl_dev28.MESSAGES, 250, lawful_prefix="pipl28-n", every_category=30),
    "dev29": PiplBatch(make_pipl_dev29.HERE / make_pipl_dev29.DEV29_FILE, make_pipl_dev29.write_dev29, "pipl29-",
                       make_pipl_dev29.MESSAGES, 250, lawful_prefix="pipl29-n", every_category=30),
    "dev30": PiplBatch(make_pipl_dev30.HERE / make_pipl_dev30.DEV30_FILE, make_pipl_dev30.write_dev30, "pipl30-",
                       make_pipl_dev30.MESSAGES, 250, lawful_prefix="pipl30-n", every_category=30),
    "dev31": PiplBatch(make_pipl_dev31.HERE / make_pipl_dev31.DEV31_FILE, make_pipl_dev31.write_dev31, "pipl31-",
                       make_pipl_dev31.MESSAGES, 250, lawful_prefix="pipl31-n", every_category=30),
    "dev32": PiplBatch(make_pipl_dev32.HERE / make_pipl_dev32.DEV32_FILE, make_pipl_dev32.write_dev32, "pipl32-",
                       make_pipl_dev32.MESSAGES, 250, lawful_prefix="pipl32-n", every_category=30),
    "dev33": PiplBatch(make_pipl_dev33.HERE / make_pipl_dev33.DEV33_FILE, make_pipl_dev33.write_dev33, "pipl33-",
                       make_pipl_dev33.MESSAGES, 250, lawful_prefix="pipl33-n", every_category=30),
    "dev34": PiplBatch(make_pipl_dev34.HERE / make_pipl_dev34.DEV34_FILE, make_pipl_dev34.write_dev34, "pipl34-",
                       make_pipl_dev34.MESSAGES, 250, lawful_prefix="pipl34-n", every_category=30),
    "dev35": PiplBatch(make_pipl_dev35.HERE / make_pipl_dev35.DEV35_FILE, make_pipl_dev35.write_dev35, "pipl35-",
                       make_pipl_dev35.MESSAGES, 250, lawful_prefix="pipl35-n", every_category=30),
    "dev36": PiplBatch(make_pipl_dev36.HERE / make_pipl_dev36.DEV36_FILE, make_pipl_dev36.write_dev36, "pipl36-",
                       make_pipl_dev36.MESSAGES, 250, lawful_prefix="pipl36-n", every_category=30),
    "dev37": PiplBatch(make_pipl_dev37.HERE / make_pipl_dev37.DEV37_FILE, make_pipl_dev37.write_dev37, "pipl37-",
                       make_pipl_dev37.MESSAGES, 250, lawful_prefix="pipl37-n", every_category=30),
    "dev38": PiplBatch(make_pipl_dev38.HERE / make_pipl_dev38.DEV38_FILE, make_pipl_dev38.write_dev38, "pipl38-",
                       make_pipl_dev38.MESSAGES, 250, lawful_prefix="pipl38-n", every_category=30),
    "dev39": PiplBatch(make_pipl_dev39.HERE / make_pipl_dev39.DEV39_FILE, make_pipl_dev39.write_dev39, "pipl39-",
                       make_pipl_dev39.MESSAGES, 250, lawful_prefix="pipl39-n", every_category=30),
    "dev40": PiplBatch(make_pipl_dev40.HERE / make_pipl_dev40.DEV40_FILE, make_pipl_dev40.write_dev40, "pipl40-",
                       make_pipl_dev40.MESSAGES, 250, lawful_prefix="pipl40-n", every_category=30),
    "dev41": PiplBatch(make_pipl_dev41.HERE / make_pipl_dev41.DEV41_FILE, make_pipl_dev41.write_dev41, "pipl41-",
                       make_pipl_dev41.MESSAGES, 250, lawful_prefix="pipl41-n", every_category=30),
    "dev42": PiplBatch(make_pipl_dev42.HERE / make_pipl_dev42.DEV42_FILE, make_pipl_dev42.write_dev42, "pipl42-",
                       make_pipl_dev42.MESSAGES, 250, lawful_prefix="pipl42-n", every_category=30),
    "dev43": PiplBatch(make_pipl_dev43.HERE / make_pipl_dev43.DEV43_FILE, make_pipl_dev43.write_dev43, "pipl43-",
                       make_pipl_dev43.MESSAGES, 250, lawful_prefix="pipl43-n", every_category=30),
    "dev44": PiplBatch(make_pipl_dev44.HERE / make_pipl_dev44.DEV44_FILE, make_pipl_dev44.write_dev44, "pipl44-",
                       make_pipl_dev44.MESSAGES, 250, lawful_prefix="pipl44-n", every_category=30),
    "dev45": PiplBatch(make_pipl_dev45.HERE / make_pipl_dev45.DEV45_FILE, make_pipl_dev45.write_dev45, "pipl45-",
                       make_pipl_dev45.MESSAGES, 250, lawful_prefix="pipl45-n", every_category=30),
    "dev46": PiplBatch(make_pipl_dev46.HERE / make_pipl_dev46.DEV46_FILE, make_pipl_dev46.write_dev46, "pipl46-",
                       make_pipl_dev46.MESSAGES, 250, lawful_prefix="pipl46-n", every_category=30),
    "dev47": PiplBatch(make_pipl_dev47.HERE / make_pipl_dev47.DEV47_FILE, make_pipl_dev47.write_dev47, "pipl47-",
                       make_pipl_dev47.MESSAGES, 250, lawful_prefix="pipl47-n", every_category=30),
    "dev48": PiplBatch(make_pipl_dev48.HERE / make_pipl_dev48.DEV48_FILE, make_pipl_dev48.write_dev48, "pipl48-",
                       make_pipl_dev48.MESSAGES, 250, lawful_prefix="pipl48-n", every_category=30),
    "dev49": PiplBatch(make_pipl_dev49.HERE / make_pipl_dev49.DEV49_FILE, make_pipl_dev49.write_dev49, "pipl49-",
                       make_pipl_dev49.MESSAGES, 250, lawful_prefix="pipl49-n", every_category=30),
    "dev50": PiplBatch(make_pipl_dev50.HERE / make_pipl_dev50.DEV50_FILE, make_pipl_dev50.write_dev50, "pipl50-",
                       make_pipl_dev50.MESSAGES, 250, lawful_prefix="pipl50-n", every_category=30),
    "dev51": PiplBatch(make_pipl_dev51.HERE / make_pipl_dev51.DEV51_FILE, make_pipl_dev51.write_dev51, "pipl51-",
                       make_pipl_dev51.MESSAGES, 250, lawful_prefix="pipl51-n", every_category=30),
    "dev52": PiplBatch(make_pipl_dev52.HERE / make_pipl_dev52.DEV52_FILE, make_pipl_dev52.write_dev52, "pipl52-",
                       make_pipl_dev52.MESSAGES, 250, lawful_prefix="pipl52-n", every_category=30),
    "dev53": PiplBatch(make_pipl_dev53.HERE / make_pipl_dev53.DEV53_FILE, make_pipl_dev53.write_dev53, "pipl53-",
                       make_pipl_dev53.MESSAGES, 250, lawful_prefix="pipl53-n", every_category=30),
    "dev54": PiplBatch(make_pipl_dev54.HERE / make_pipl_dev54.DEV54_FILE, make_pipl_dev54.write_dev54, "pipl54-",
                       make_pipl_dev54.MESSAGES, 250, lawful_prefix="pipl54-n", every_category=30),
    "dev55": PiplBatch(make_pipl_dev55.HERE / make_pipl_dev55.DEV55_FILE, make_pipl_dev55.write_dev55, "pipl55-",
                       make_pipl_dev55.MESSAGES, 250, lawful_prefix="pipl55-n", every_category=30),
    "dev56": PiplBatch(make_pipl_dev56.HERE / make_pipl_dev56.DEV56_FILE, make_pipl_dev56.write_dev56, "pipl56-",
                       make_pipl_dev56.MESSAGES, 250, lawful_prefix="pipl56-n", every_category=30),
    "dev57": PiplBatch(make_pipl_dev57.HERE / make_pipl_dev57.DEV57_FILE, make_pipl_dev57.write_dev57, "pipl57-",
                       make_pipl_dev57.MESSAGES, 250, lawful_prefix="pipl57-n", every_category=30),
    "dev58": PiplBatch(make_pipl_dev58.HERE / make_pipl_dev58.DEV58_FILE, make_pipl_dev58.write_dev58, "pipl58-",
                       make_pipl_dev58.MESSAGES, 250, lawful_prefix="pipl58-n", every_category=30),
    "dev59": PiplBatch(make_pipl_dev59.HERE / make_pipl_dev59.DEV59_FILE, make_pipl_dev59.write_dev59, "pipl59-",
                       make_pipl_dev59.MESSAGES, 250, lawful_prefix="pipl59-n", every_category=30),
    "dev60": PiplBatch(make_pipl_dev60.HERE / make_pipl_dev60.DEV60_FILE, make_pipl_dev60.write_dev60, "pipl60-",
                       make_pipl_dev60.MESSAGES, 250, lawful_prefix="pipl60-n", every_category=30),
}


@pytest.mark.parametrize("batch", rows(PIPL_BATCHES))
def test_pipl_batch_is_regenerated_byte_identical(batch: PiplBatch, tmp_path: Path) -> None:
    check_regenerated_byte_identical(batch.write, batch.path, tmp_path)


@pytest.mark.parametrize("batch", rows(PIPL_BATCHES))
def test_pipl_batch_entity_offsets_point_at_the_written_strings(batch: PiplBatch) -> None:
    assert_offsets_on_written_strings(batch.messages, records_of(batch.path))


@pytest.mark.parametrize("batch", rows(PIPL_BATCHES))
def test_pipl_batch_codes_are_the_contracts_and_ids_are_its_own(batch: PiplBatch) -> None:
    check_pipl_codes_and_ids(records_of(batch.path), batch.id_prefix)


@pytest.mark.parametrize("batch", rows(PIPL_BATCHES))
def test_pipl_batch_every_record_reads_as_a_contract_message(batch: PiplBatch) -> None:
    check_reads_as_contract_messages_with_calls(batch.path, records_of(batch.path))


@pytest.mark.parametrize("batch", rows(PIPL_BATCHES))
def test_pipl_batch_is_shaped_as_promised(batch: PiplBatch) -> None:
    records = records_of(batch.path)
    if batch.lawful_share:
        check_pipl_dev_shape(records, batch.lawful_prefix, at_least=batch.at_least, lawful_share=batch.lawful_share,
                             families=batch.families, per_family=batch.per_family)
    else:
        assert len(records) >= batch.at_least
        if batch.lawful_prefix:
            assert all(r["message_id"].startswith(batch.lawful_prefix) for r in records if not r["categories"])
    if batch.both_recipients:
        assert {r["recipient_type"] for r in records} == {"debtor", "third_party"}
    if batch.every_category is not None:
        per_category = Counter(c for r in records for c in r["categories"])
        assert len(per_category) == 4 and min(per_category.values()) >= batch.every_category


def test_pipl_batch_dev8_gives_identifiers_in_hard_forms() -> None:
    records = records_of(PIPL_BATCHES["dev8"].path)
    spans = [r["text"][e["start"]:e["end"]] for r in records for e in r["entities"]
             if e["entity_type"] in ("CN_ID_CARD", "CN_BANK_CARD", "CN_MOBILE")]
    assert sum(1 for s in spans if "\n" in s) >= 3
    assert sum(1 for s in spans if " " in s or "-" in s) >= 12
    assert sum(1 for s in spans if any(c in s for c in "幺洞拐勾")) >= 5
    assert sum(1 for s in spans if any("０" <= c <= "９" for c in s)) >= 2


def test_pipl_batch_dev8_addresses_reach_the_room_and_places_alone_stay_unmarked() -> None:
    records = records_of(PIPL_BATCHES["dev8"].path)
    addresses = [r["text"][e["start"]:e["end"]] for r in records for e in r["entities"] if e["entity_type"] == "ADDRESS"]
    assert sum(1 for a in addresses if a[-1] in "室房楼樓" or a[-1].isdigit()) >= 10
    assert not any(a.endswith(("医院", "幼儿园", "小学")) for a in addresses)


def test_pipl_batch_dev2_script_refuses_a_missing_entity_or_an_unknown_category_naming_the_message() -> None:
    with pytest.raises(ValueError, match="q01.*王建国"):
        make_pipl_dev2.record("q01", "sms", "debtor", "您好，请尽快还款。", "P:王建国", "")
    with pytest.raises(ValueError, match="q02.*category"):
        make_pipl_dev2.record("q02", "sms", "debtor", "您好，请尽快还款。", "", "Z")


def test_pipl_batch_dev7_identifiers_come_in_hard_forms() -> None:
    spans = [r["text"][e["start"]:e["end"]] for r in records_of(PIPL_BATCHES["dev7"].path) for e in r["entities"]
             if e["entity_type"] in ("CN_ID_CARD", "CN_BANK_CARD")]
    assert sum(1 for s in spans if "\n" in s) >= 4
    assert sum(1 for s in spans if " " in s) >= 10
    assert sum(1 for s in spans if any(c in s for c in "幺洞拐勾")) >= 5


def calls_with_a_keyed_answer(calls: list[Message], keys: str) -> int:
    """How many calls have a callee's turn that begins with one of `keys` (a robot script answered by key)."""
    return sum(1 for m in calls if any(t.speaker != "agent" and t.text.strip()[:1] in set(keys) for t in m.turns))


def calls_opening_with(calls: list[Message], words: tuple[str, ...]) -> int:
    return sum(1 for m in calls if any(word in m.turns[0].text for word in words))


@pytest.mark.parametrize(("name", "keys", "keyed", "chats"), [
    pytest.param("dev4", "123", 8, 0, id="dev4"),
    pytest.param("dev6", "12[", 10, 15, id="dev6"),
    pytest.param("dev7", "123[", 10, 15, id="dev7"),
])
def test_call_set_robots_answered_by_key_and_chat_threads(name: str, keys: str, keyed: int, chats: int) -> None:
    calls = calls_of(CALL_SETS[name].path)
    assert calls_with_a_keyed_answer(calls, keys) >= keyed, "robot scripts answered with a key"
    typed = [m for m in calls if m.turns[0].text.startswith(("【", "亲", "在吗"))]
    assert len(typed) >= chats, "chat threads typed in an app"


def test_call_set_dev4_agencies_say_whom_they_act_for() -> None:
    assert sum("委托" in m.turns[0].text for m in calls_of(CALL_SETS["dev4"].path)) >= 5


def test_call_set_dev7_dialects_and_agencies() -> None:
    calls = calls_of(CALL_SETS["dev7"].path)
    assert calls_opening_with(calls, ("我哋", "侬", "恁", "这嘎", "嘛")) >= 20, \
        "Cantonese, Shanghainese, Henan, northeastern and Sichuanese openings"
    assert calls_opening_with(calls, ("资产", "律师事务所", "调解中心", "合作机构")) >= 15, \
        "agencies, law firms and mediation centres acting for lenders"


@pytest.mark.parametrize(("name", "compliant_neighbours"), [
    pytest.param("dev6", 8, id="dev6"), pytest.param("dev7", 10, id="dev7")])
def test_call_set_every_violation_family_has_compliant_calls_near_its_line(name: str,
                                                                           compliant_neighbours: int) -> None:
    """Each family (s, d, t, h, c) has violations and `ok-` calls written next to them."""
    names = [record["message_id"].split("-", 2)[2] for record in records_of(CALL_SETS[name].path)]
    for family in "sdthc":
        assert sum(name.startswith(family) for name in names) >= 20, family
        assert sum(name.startswith(f"ok-{family}") for name in names) >= compliant_neighbours, family


def test_call_set_dev5_every_violation_has_a_twin_that_identifies_itself() -> None:
    """`sNN` lacks self-identification and `okNN` does not: at least 50 calls, half of them twins."""
    self_id = "conduct.no_self_identification"
    records = records_of(CALL_SETS["dev5"].path)
    assert len(records) >= 50
    by_id = {record["message_id"].split("-", 2)[2]: record for record in records}     # D5-057-b2-s01 -> b2-s01
    violations = [name for name, _, _, _ in make_conduct_dev5.CALLS if name.rsplit("-", 1)[-1].startswith("s")]
    assert len(violations) * 2 == len(records)
    for name in violations:
        twin = name.replace("s", "ok", 1) if name.startswith("s") else name.replace("-s", "-ok")
        assert self_id in {label["category"] for label in by_id[name]["labels"]}, name
        assert self_id not in {label["category"] for label in by_id[twin]["labels"]}, name
