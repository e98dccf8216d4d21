"""Sở Giáo dục và Đào tạo tỉnh Tuyên Quang: a vendor's home-made CodeIgniter 3 portal (jQuery era).

Platform
--------
A local vendor's PHP portal on CodeIgniter 3: controllers ``tintuc`` (news), ``vanban``
(documents), ``gioithieu``, ``lienhe``, ``thuvienanh``; views printed with ``base_url()`` in some
places and ``site_url()`` (``index_page = 'index.php'``) in others, so one article is linked both as
``/tin-tuc/chi-tiet/…`` and ``/index.php/tin-tuc/chi-tiet/…``; ``url_suffix = '.html'``; the CI3
output cache (``$this->output->cache(…)``) on listing pages; jQuery 1.x widgets (superfish menu,
jCarousel "Tin nổi bật", vTicker "Tin mới nhất", lazyload, a text-to-speech player).
Every page prints ``<base href="http://host/">`` and most links and images *relative to it*
without a leading slash (``href="tin-tuc/chi-tiet/1243/….html"``, ``src="uploads/tintuc/…"``).

URL scheme
----------
- ``/`` home (also ``/index.php``): jCarousel of 4 featured items (``index.php/`` links), three
  category boxes (3 newest each, clean links), sidebar "Tin mới nhất" (5 newest, ``index.php/``
  links) and "Xem nhiều" (``index.php/`` links), "Văn bản mới", "Thư viện ảnh".
- ``/tin-tuc/danh-muc/<cat-slug>`` and ``/tin-tuc/danh-muc/<cat-slug>/<offset>``: CI3 pagination
  by *offset* (``per_page = 4``: offsets 0, 4, 8 …; the first page is linked without offset),
  CI3 markup ``<a href=… data-ci-pagination-page="2">2</a>`` with ``rel="next"``/``rel="prev"``.
- ``/tin-tuc/chi-tiet/<id>/<slug>.html``: article. The route is ``tin-tuc/chi-tiet/(:num)/(:any)``:
  the slug is never checked (an old slug still serves the article), the ``.html`` suffix is
  optional, and everything is also served under ``/index.php/…``.
- ``/van-ban`` (listing) and ``/van-ban/chi-tiet/<id>/<slug>.html`` (document entries, with
  ``/van-ban/tai-ve/<id>`` PDF downloads); ``/gioi-thieu/<slug>.html``; ``/lien-he.html``;
  ``/thu-vien-anh`` and ``/thu-vien-anh/album/<id>/<slug>.html``; ``/tim-kiem?tu_khoa=…``.

Page templates
--------------
Header (logo + site name in the page's only ``<h1>``, today's date "Thứ Bảy, 05/12/2026",
search form), superfish menu ``ul#mn_ngang.sf-menu`` with drop-downs, three columns
(``div.cot_trai`` menu-box/links, ``div.cot_giua`` content, ``div.cot_phai`` widgets), footer.
Article: breadcrumb ``div.dh_vitri`` (Trang chủ » Tin tức » <category>), headline in
``h2.tde_ct``, date line ``div.tt_ngaydang`` ("Thứ Năm, 03/12/2026 - 02:30 CH | Lượt xem: 345")
with the A-/A+/print tools, the sapo (when the editor filled the "mô tả" field) in
``div.mota_ct > b``, the text in ``div#nd_chitiet.noidung_ct`` (CKEditor HTML), then the vendor's
own fields (``div.tg_bai`` "Người đăng", ``div.nguon_bai`` "Nguồn"), "Từ khóa", share buttons and
"Các tin khác" (4 newest of the category).

How each gold article is reached
--------------------------------
- Tin hoạt động (7): 1243, 1238, 1231 in the home box; 1243..1226 on the live first page of the
  listing; 1219 is on no listing page (trap 3): it is reached from the "Các tin khác" lists of
  1243..1226, from the mid-text box of 1231 (old slug) and from the stale "Tin mới nhất" sidebar
  of the cached page 2 (``index.php/`` form); 1204 and 1197 only from
  ``/tin-tuc/danh-muc/tin-hoat-dong/4``.
- Giáo dục Trung học (3): 1241, 1229, 1212 in the home box and on the listing.
- Thông báo (3): 1245, 1236, 1209 in the home box and on the listing.

Traps
-----
1. ``<base href>`` + relative links without a leading slash (not in the README's list). Every
   article, listing and image link is relative to the ``<base>`` (the site root). Resolved
   against the page's own URL they become ``/tin-tuc/danh-muc/tin-hoat-dong/tin-tuc/chi-tiet/…``,
   which CodeIgniter answers 404 (``(:any)`` stops at a slash). Gold: paths resolved against the
   base (``/tin-tuc/chi-tiet/1243/….html``; images ``/uploads/tintuc/2026/12/….jpg``).
2. ``/index.php/`` duplicates (the README's "URL variants", platform-specific form): the carousel,
   "Tin mới nhất" and "Xem nhiều" are printed with ``site_url()`` and link
   ``/index.php/tin-tuc/chi-tiet/…``; listings and "Các tin khác" link the clean form. There is no
   ``rel=canonical``, and ``og:url`` is CI's ``current_url()``, so on the ``index.php`` copy it
   names the ``index.php`` URL. Gold: ``path`` = clean form; the ``index.php`` form is in
   ``alt_paths`` (as are the old-slug URLs of trap 8).
3. Stale CI output cache on page 2+ of a listing (not in the README). ``/tin-tuc/danh-muc/
   tin-hoat-dong/4`` is served from a cache file written on 01/12/2026 07:42 (its header prints
   "Thứ Ba, 01/12/2026", its total says 6 items): at that time 1243 did not exist, so offset 4
   then held the 6th and 7th items of today's list (1204, 1197) and 1219 — today's 5th item —
   is on no listing page at all. Gold: 1219 is still an article (reached from "Các tin khác"); the
   header's clock is never a date.
4. Site name in ``<h1>``, headline in ``h2.tde_ct`` with a trailing ``<img alt="Mới">`` "new"
   GIF on the newest items, and a ``<title>`` cut by CI's ``character_limiter()`` ("…") for long
   headlines; no ``og:title`` (not in the README). Gold: title = the full ``h2`` text, without
   "Mới".
5. CodeIgniter's PHP error view printed into the text container (not in the README): on 1243
   the view echoes an undefined ``$row->nguon_tin`` after the text, inside ``#nd_chitiet``, and on
   1212 an undefined ``$anh_dai_dien`` before it: a bordered ``div`` with "A PHP Error was
   encountered / Severity: Notice / Message … / Filename … / Backtrace …" in ``<p>`` tags.
   Gold: none of it is body.
6. The CI profiler left on for one article (not in the README): 1226 ends with
   ``div#codeigniter_profiler`` — fieldsets with benchmarks, SQL queries, URI string, HTTP headers
   and config variables (hundreds of words in tables, after the footer). Gold: not body.
7. Widgets inside the text container (not in the README's list): ``#nd_chitiet`` starts with the
   jQuery text-to-speech box "Nghe đọc bài viết: <select>Giọng nữ miền Bắc…</select><audio>" and
   a ``display:none`` div of SEO keywords typed by the editor; two articles carry a "Tin liên
   quan" box in the middle of the text. Gold: none of it is body; the text around the mid-text
   box is one body, in order.
8. Old slugs: the mid-text "Tin liên quan" boxes link 1219 and 1212 under the slug they had
   before the headline was edited; CodeIgniter serves the article anyway. Gold: those URLs are in
   the ``alt_paths`` of 1219 and 1212.
9. jQuery lazyload images (not in the README): on 1243 and 1241 ``src`` is the grey placeholder
   ``public/images/grey.gif`` and the photo is in ``data-original`` (with a ``<noscript>`` copy on
   1243 only). Gold: image path = the ``data-original`` file; the placeholder is no image.
10. Vietnamese 12-hour clock (not in the README): ``date('h:i A')`` with AM/PM replaced by
    "SA"/"CH": "02:30 CH" = 14:30, "12:40 CH" = 12:40 (noon), "12:00 SA" = midnight (= a day
    without a time, README). Gold: ``2026-12-03T14:30:00+07:00``, ``2026-11-26T12:40:00+07:00``,
    ``2026-10-28``.
11. Captions as the CKEditor pastes print them: a two-row table (photo row, italic caption row,
    caption in parentheses), a centred ``<em>`` paragraph after the photo, an ``<i>`` after a
    ``<br>`` in the photo's own ``div``, and credit-only lines ("Ảnh: Minh Châu"). Gold: caption
    without parentheses; a credit-only line -> caption None and a photographer.
12. Bylines and sources as this vendor prints them: right-aligned bold lines inside the text
    ("Tin, ảnh: X", "Tin: X - Ảnh: Y", "ThS. X" + ``<br>`` + unit, "X (Trường …)", a unit alone),
    plus the vendor's fields after the text ("Người đăng: quantri" = a CMS account; "Nguồn:
    Báo Tuyên Quang"). Gold per README.
13. Text encodings of the editor's pastes: 1231 was typed with Unikey's "Unicode tổ hợp"
    (decomposed, NFD), 1197 was saved by a CKEditor with ``entities`` on (``&agrave;`` and
    ``&#7897;`` mixed), 1219 is a Word paste (``MsoNormal``, ``<o:p>``, spacer paragraphs). Gold:
    NFC text.
14. An official notice (1236) printed with its letterhead table, "Nơi nhận" and signer; posted
    01/12/2026 08:10 SA but dated 30/11/2026 in the letterhead (README convention).

Gold decisions on ambiguous points
----------------------------------
- ``category`` is the last breadcrumb item before the article ("Tin hoạt động", "Giáo dục Trung
  học", "Thông báo"), not the "Tin tức" group it sits under.
- A sapo exists only where the page prints ``div.mota_ct`` (1243, 1226, 1241) or a bold first
  paragraph in the text (1238, 1212); the listing's excerpt and the meta description of the
  others (CI ``character_limiter`` of the text) are not sapos.
- "Xem thêm: Công văn số …" (1229) and "File đính kèm: …" (1209, 1236) lines are not body.
- The lines of a ``<p>`` split by ``<br>`` (1204: "- 1.250 buổi …") are separate paragraphs and
  keep the "- " the editor typed.
- Table rows (1219, 1241, 1245) are paragraphs with cells joined by " | ", header row included.
- The signer of 1236 is its author; the unit that signs 1245 ("Văn phòng Sở"), 1241 ("Phòng Giáo
  dục Trung học") and 1219 ("Công đoàn ngành Giáo dục tỉnh") is its author.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "codeigniter_vendor_sgddt"
PLATFORM = "CodeIgniter 3 (vendor-built PHP portal, jQuery widgets)"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang"
SITE_SHORT = "Sở GD&ĐT Tuyên Quang"
NOW = _dt.datetime(2026, 12, 5, 9, 12)
#: the moment the CI output cache wrote the listing pages 2+ (trap 3)
CACHE_TIME = _dt.datetime(2026, 12, 1, 7, 42, 10)
PER_PAGE = 4

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "giao-duc-trung-hoc": "Giáo dục Trung học",
    "thong-bao": "Thông báo",
}
CAT_IDS = {"tin-hoat-dong": 3, "giao-duc-trung-hoc": 7, "thong-bao": 12}

_THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def thu_ngay(d: _dt.date) -> str:
    return f"{_THU[d.weekday()]}, {d:%d/%m/%Y}"


def gio_vn(t: _dt.datetime) -> str:
    """``date('h:i A')`` with AM/PM replaced by SA/CH (trap 10)."""
    return t.strftime("%I:%M ") + ("SA" if t.hour < 12 else "CH")


# --- the articles ----------------------------------------------------------------------------

R = "text-align:right"


def _byline(inner: str) -> Raw:
    return Raw(f'<p style="{R}"><strong>{inner}</strong></p>')


def _tlq(target: int, old_slug: str) -> Raw:
    """A "Tin liên quan" box typed into the text (trap 7), linking an old slug (trap 8)."""
    return Raw(f"<!--TLQ:{target}:{old_slug}-->")


STORIES: list[Story] = [
    Story(
        id=1243,
        slug="so-gd-dt-giao-ban-cong-tac-chuyen-mon-thang-12-2026",
        title="Sở GD&ĐT giao ban công tác chuyên môn tháng 12/2026",
        cat="tin-hoat-dong",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Sáng 03/12, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban trực tuyến công tác "
            "chuyên môn tháng 12/2026 với các cơ sở giáo dục trực thuộc và các điểm cầu cấp xã "
            "trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        authors=["Hoàng Thu Hà"],
        photographers=["Hoàng Thu Hà"],
        blocks=[
            P(
                "Dự và chủ trì hội nghị có đồng chí Giám đốc Sở Giáo dục và Đào tạo; các đồng chí "
                "Phó Giám đốc Sở; lãnh đạo các phòng chuyên môn, nghiệp vụ thuộc Sở. Tại các điểm "
                "cầu có đại diện lãnh đạo các trường trung học phổ thông, trung tâm giáo dục nghề "
                "nghiệp - giáo dục thường xuyên và cán bộ phụ trách giáo dục của Ủy ban nhân dân "
                "các xã, phường."
            ),
            P(
                "Theo báo cáo, trong tháng 11/2026, toàn ngành đã tổ chức thành công các hoạt động "
                "kỷ niệm 44 năm Ngày Nhà giáo Việt Nam; hoàn thành kiểm tra giữa học kỳ I ở các cấp "
                "học; duy trì tỷ lệ chuyên cần của học sinh đạt trên 98%. Công tác bán trú tại các "
                "trường vùng cao tiếp tục được quan tâm, bảo đảm chế độ ăn, ở cho hơn 41.000 học "
                "sinh."
            ),
            Img(
                "/uploads/tintuc/2026/12/giao-ban-thang-12-01.jpg",
                "Quang cảnh hội nghị tại điểm cầu Sở Giáo dục và Đào tạo.",
                "Quang cảnh hội nghị tại điểm cầu Sở Giáo dục và Đào tạo.",
                style="lazy",
            ),
            P(
                "Bên cạnh những kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: việc ứng "
                "dụng học bạ số ở một số trường còn chậm; cơ sở vật chất tại một số điểm trường lẻ "
                "chưa đáp ứng yêu cầu khi thời tiết chuyển rét; tình trạng học sinh nghỉ học dài "
                "ngày ở vùng đặc biệt khó khăn vẫn còn xảy ra."
            ),
            P(
                "Phát biểu kết luận, đồng chí Giám đốc Sở đề nghị các đơn vị tập trung triển khai "
                "phương án phòng, chống rét cho học sinh, nhất là học sinh bán trú; chủ động điều "
                "chỉnh giờ học khi nhiệt độ xuống dưới 10 độ C theo hướng dẫn của Sở; hoàn thành dứt "
                "điểm việc cập nhật cơ sở dữ liệu ngành trước ngày 20/12/2026."
            ),
            Img(
                "/uploads/tintuc/2026/12/giao-ban-thang-12-02.jpg",
                "Các đại biểu dự hội nghị tại điểm cầu xã Lâm Bình.",
                "Các đại biểu dự hội nghị tại điểm cầu xã Lâm Bình.",
                style="lazy",
            ),
            P(
                "Đối với nhiệm vụ tháng 12, ngành tập trung tổ chức kiểm tra cuối học kỳ I bảo đảm "
                "nghiêm túc, đúng thực chất; chuẩn bị các điều kiện tổ chức Kỳ thi chọn học sinh "
                "giỏi cấp tỉnh lớp 12; đẩy mạnh chuyển đổi số trong quản lý hồ sơ chuyên môn và tăng "
                "cường công tác truyền thông về các hoạt động của ngành."
            ),
            _byline("Tin, ảnh: Hoàng Thu Hà"),
        ],
        opts={
            "posted": _dt.datetime(2026, 12, 3, 14, 30),
            "php_error_after": "nguon_tin",
            "noscript": True,
            "keywords": "giao ban tháng 12, chuyên môn, phòng chống rét",
        },
    ),
    Story(
        id=1238,
        slug="truong-ptdtnt-thpt-tinh-to-chuc-ngay-hoi-van-hoa-cac-dan-toc-nam-2026",
        title="Trường PTDTNT THPT tỉnh tổ chức Ngày hội văn hóa các dân tộc năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-11-30T09:15:00+07:00",
        summary=(
            "Ngày 28/11, Trường Phổ thông Dân tộc nội trú THPT tỉnh tổ chức Ngày hội văn hóa các "
            "dân tộc năm 2026 với sự tham gia của gần 600 học sinh đến từ 12 dân tộc đang học tập "
            "tại trường."
        ),
        authors=["Lý Thị Mai"],
        photographers=["Triệu Văn Sình"],
        blocks=[
            P(
                "Ngày 28/11, Trường Phổ thông Dân tộc nội trú THPT tỉnh tổ chức Ngày hội văn hóa các "
                "dân tộc năm 2026 với sự tham gia của gần 600 học sinh đến từ 12 dân tộc đang học tập "
                "tại trường.",
                style="b",
            ),
            P(
                "Ngày hội là dịp để học sinh giới thiệu nét đẹp văn hóa truyền thống của dân tộc "
                "mình thông qua trang phục, ẩm thực, trò chơi dân gian và các làn điệu dân ca. Mỗi "
                "lớp được giao xây dựng một gian trưng bày mang đặc trưng của một dân tộc như Tày, "
                "Dao, Mông, Sán Chay, Cao Lan, Pà Thẻn..."
            ),
            Img(
                "/uploads/tintuc/2026/11/ngay-hoi-van-hoa-dtnt-1.jpg",
                "(Học sinh lớp 11A2 trình diễn trang phục truyền thống dân tộc Dao đỏ)",
                "Học sinh lớp 11A2 trình diễn trang phục truyền thống dân tộc Dao đỏ",
                style="tbl",
            ),
            P(
                "Phần thi trình diễn trang phục thu hút sự cổ vũ nhiệt tình của thầy, cô giáo và học "
                "sinh toàn trường. Nhiều tiết mục hát then, đàn tính, múa khèn Mông được các em dàn "
                "dựng công phu, thể hiện niềm tự hào về bản sắc văn hóa quê hương."
            ),
            P(
                "Bên cạnh đó, các trò chơi dân gian như ném còn, đẩy gậy, kéo co, đánh quay diễn ra "
                "sôi nổi. Gian ẩm thực với các món bánh chưng đen, xôi ngũ sắc, thắng cố, bánh tro... "
                "được học sinh tự tay chế biến, giới thiệu với khách tham quan."
            ),
            Img(
                "/uploads/tintuc/2026/11/ngay-hoi-van-hoa-dtnt-2.jpg",
                "(Trò chơi ném còn tại ngày hội)",
                "Trò chơi ném còn tại ngày hội",
                style="tbl",
            ),
            P(
                "Thầy giáo Bàn Văn Lịch, Hiệu trưởng nhà trường cho biết: “Ngày hội giúp các em thêm "
                "hiểu và trân trọng văn hóa của các dân tộc anh em, đồng thời rèn luyện kỹ năng tổ "
                "chức, làm việc nhóm và sự tự tin trước tập thể.”"
            ),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao giải Nhất cho tập thể lớp 12A1, giải Nhì cho các "
                "lớp 11A2, 10A3 và nhiều giải khuyến khích cho các cá nhân có phần thi ấn tượng."
            ),
            _byline("Tin: Lý Thị Mai - Ảnh: Triệu Văn Sình"),
        ],
        opts={
            "posted": _dt.datetime(2026, 11, 30, 9, 15),
            "keywords": "ngày hội văn hóa, dân tộc nội trú",
        },
    ),
    Story(
        id=1231,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc-cho-giao-vien-cot-can",
        title=(
            "Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho giáo viên cốt cán cấp trung học"
        ),
        cat="tin-hoat-dong",
        published_at="2026-11-26T12:40:00+07:00",
        authors=["Đỗ Mạnh Cường"],
        blocks=[
            P(
                "Từ ngày 24 đến 26/11/2026, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn ứng dụng trí "
                "tuệ nhân tạo (AI) trong dạy học và kiểm tra, đánh giá cho hơn 180 giáo viên cốt cán "
                "các môn học cấp trung học cơ sở và trung học phổ thông."
            ),
            P(
                "Lớp tập huấn được tổ chức theo hình thức kết hợp trực tiếp và trực tuyến. Giảng "
                "viên là các chuyên gia của Trường Đại học Sư phạm - Đại học Thái Nguyên và giáo viên "
                "cốt cán đã tham gia chương trình bồi dưỡng của Bộ Giáo dục và Đào tạo."
            ),
            P("Nội dung thiết thực, gắn với thực tiễn", style="h"),
            P(
                "Trong ba ngày, học viên được giới thiệu tổng quan về trí tuệ nhân tạo tạo sinh, các "
                "nguyên tắc sử dụng AI an toàn, có trách nhiệm trong nhà trường; thực hành xây dựng "
                "kế hoạch bài dạy, thiết kế phiếu học tập, ngân hàng câu hỏi và rubric đánh giá với "
                "sự hỗ trợ của các công cụ AI."
            ),
            _tlq(1219, "cong-doan-nganh-giao-duc-trao-mai-am-cong-doan"),
            Img(
                "/uploads/tintuc/2026/11/tap-huan-ai-giao-vien.jpg",
                "Giáo viên thực hành thiết kế phiếu học tập với công cụ AI",
                "Giáo viên thực hành thiết kế phiếu học tập với công cụ AI",
                style="div",
            ),
            P(
                "Các giảng viên lưu ý giáo viên không phụ thuộc hoàn toàn vào sản phẩm do AI tạo ra "
                "mà cần kiểm chứng thông tin, điều chỉnh phù hợp với đối tượng học sinh; tuyệt đối "
                "không đưa dữ liệu cá nhân của học sinh lên các nền tảng chưa được kiểm định."
            ),
            P("Lan tỏa đến từng tổ chuyên môn", style="h"),
            P(
                "Kết thúc khóa tập huấn, mỗi học viên hoàn thành một sản phẩm là kế hoạch bài dạy có "
                "ứng dụng AI và trình bày trước nhóm. Sau tập huấn, các giáo viên cốt cán có trách "
                "nhiệm triển khai lại nội dung cho tổ, nhóm chuyên môn tại đơn vị trước ngày "
                "31/12/2026."
            ),
            Raw(
                f'<p style="{R}"><strong>ThS. Đỗ Mạnh Cường</strong><br />'
                "<em>Phòng Khảo thí và Quản lý chất lượng</em></p>"
            ),
        ],
        opts={
            "posted": _dt.datetime(2026, 11, 26, 12, 40),
            "nfd": True,
            "keywords": "trí tuệ nhân tạo, AI, tập huấn giáo viên",
        },
    ),
    Story(
        id=1226,
        slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-hoat-dong",
        published_at="2026-11-19T16:45:00+07:00",
        summary=(
            "Chiều 19/11, Sở Giáo dục và Đào tạo tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt "
            "Nam, tôn vinh các nhà giáo tiêu biểu có nhiều đóng góp cho sự nghiệp giáo dục của tỉnh."
        ),
        sapo_outside=True,
        authors=["Minh Châu"],
        photographers=["Minh Châu"],
        source="Báo Tuyên Quang",
        blocks=[
            P(
                "Dự buổi gặp mặt có đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh; đại diện lãnh đạo "
                "Ban Tuyên giáo và Dân vận Tỉnh ủy, Công đoàn ngành Giáo dục tỉnh cùng đông đảo nhà "
                "giáo qua các thời kỳ."
            ),
            P(
                "Năm học 2025 - 2026, toàn tỉnh có hơn 1.100 cơ sở giáo dục với trên 28.000 cán bộ, "
                "giáo viên, nhân viên. Đội ngũ nhà giáo không ngừng nâng cao trình độ; tỷ lệ giáo "
                "viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục năm 2019 đạt trên 92%. Chất "
                "lượng giáo dục mũi nhọn có nhiều chuyển biến, học sinh của tỉnh đạt 27 giải tại Kỳ "
                "thi chọn học sinh giỏi quốc gia."
            ),
            Img(
                "/uploads/tintuc/2026/11/gap-mat-20-11-tang-hoa.jpg",
                "Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu.",
                "Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu.",
                style="p",
            ),
            P(
                "Phát biểu tại buổi gặp mặt, đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh ghi nhận, "
                "biểu dương những nỗ lực của đội ngũ nhà giáo, đặc biệt là các thầy, cô giáo đang "
                "công tác tại các xã vùng cao, vùng đặc biệt khó khăn, đã vượt qua nhiều vất vả để "
                "bám trường, bám lớp."
            ),
            P(
                "Đồng chí đề nghị ngành Giáo dục tiếp tục đổi mới căn bản, toàn diện giáo dục và đào "
                "tạo; quan tâm hơn nữa đến đời sống vật chất, tinh thần của nhà giáo; xây dựng môi "
                "trường sư phạm an toàn, thân thiện, hạnh phúc."
            ),
            Img(
                "/uploads/tintuc/2026/11/gap-mat-20-11-khen-thuong.jpg",
                "Ảnh: Minh Châu",
                None,
                style="p",
            ),
            P(
                "Dịp này, 35 nhà giáo tiêu biểu được Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen; "
                "12 tập thể và 46 cá nhân được Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen vì có "
                "thành tích xuất sắc trong năm học 2025 - 2026."
            ),
            _byline("Minh Châu"),
        ],
        opts={
            "posted": _dt.datetime(2026, 11, 19, 16, 45),
            "profiler": True,
            "nguon": ("Báo Tuyên Quang", "https://baotuyenquang.com.vn/"),
            "keywords": "20/11, ngày nhà giáo việt nam",
        },
    ),
    Story(
        id=1219,
        slug="cong-doan-nganh-giao-duc-ban-giao-15-mai-am-cong-doan-cho-doan-vien-kho-khan",
        title="Công đoàn ngành Giáo dục bàn giao 15 “Mái ấm công đoàn” cho đoàn viên khó khăn",
        cat="tin-hoat-dong",
        published_at="2026-11-14T10:20:00+07:00",
        authors=["Công đoàn ngành Giáo dục tỉnh"],
        blocks=[
            P(
                "Thực hiện Chương trình “Mái ấm công đoàn” năm 2026, trong tháng 11, Công đoàn ngành "
                "Giáo dục tỉnh đã phối hợp với các đơn vị tổ chức bàn giao 15 nhà ở cho đoàn viên có "
                "hoàn cảnh khó khăn về nhà ở."
            ),
            P(
                "Mỗi mái ấm được hỗ trợ từ 50 đến 70 triệu đồng từ nguồn quỹ xã hội của Công đoàn "
                "ngành, sự đóng góp của cán bộ, giáo viên, người lao động toàn ngành và các nhà hảo "
                "tâm. Phần kinh phí còn lại do gia đình đoàn viên đối ứng và huy động từ người thân."
            ),
            P("Danh sách một số đơn vị có đoàn viên được hỗ trợ đợt này:"),
            P("STT | Đơn vị | Số nhà | Kinh phí hỗ trợ (triệu đồng)", style="row"),
            P("1 | Trường PTDTBT THCS Hồng Quang | 3 | 190", style="row"),
            P("2 | Trường THPT Na Hang | 2 | 120", style="row"),
            P("3 | Trường Mầm non Yên Thuận | 2 | 130", style="row"),
            P(
                "Tại buổi bàn giao, cô giáo Ma Thị Duyên, Trường PTDTBT THCS Hồng Quang xúc động chia "
                "sẻ: ngôi nhà cũ của gia đình đã xuống cấp nghiêm trọng sau đợt mưa lũ năm 2025, nay "
                "có được mái ấm kiên cố, cô yên tâm công tác, gắn bó với học trò vùng cao."
            ),
            P(
                "Từ năm 2020 đến nay, Công đoàn ngành Giáo dục tỉnh đã hỗ trợ xây mới, sửa chữa 96 "
                "Mái ấm công đoàn với tổng kinh phí trên 5 tỷ đồng, góp phần chăm lo đời sống, động "
                "viên đội ngũ nhà giáo yên tâm công tác."
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" '
                'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">'
                "Công đoàn ngành Giáo dục tỉnh<o:p></o:p></span></b></p>"
            ),
        ],
        opts={
            "posted": _dt.datetime(2026, 11, 14, 10, 20),
            "mso": True,
            "keywords": "mái ấm công đoàn",
        },
    ),
    Story(
        id=1204,
        slug="soi-noi-cac-hoat-dong-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Tuyên Quang: Sôi nổi các hoạt động hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-10-28",
        blocks=[
            P(
                "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh, Sở Giáo dục và Đào tạo đã hướng dẫn các "
                "cơ sở giáo dục, trung tâm học tập cộng đồng tổ chức các hoạt động hưởng ứng Tuần lễ "
                "học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời trong kỷ nguyên số”."
            ),
            P("Theo báo cáo nhanh của các đơn vị, trong tháng 10/2026 toàn tỉnh đã tổ chức:"),
            P("- 1.250 buổi sinh hoạt chuyên đề tại các trung tâm học tập cộng đồng;", style="br"),
            P("- 86 lớp xóa mù chữ và giáo dục tiếp tục sau khi biết chữ;", style="br"),
            P(
                "- Hơn 300 buổi giới thiệu sách, ngày hội đọc sách tại các thư viện trường học.",
                style="br",
            ),
            Img("/uploads/tintuc/2026/10/tuan-le-hoc-tap-suot-doi.jpg", None, None, style="p"),
            P(
                "Nhiều địa phương có cách làm sáng tạo như tổ chức lớp học tiếng Anh cộng đồng cho "
                "người dân làm du lịch tại xã Lâm Bình, lớp hướng dẫn sử dụng dịch vụ công trực tuyến "
                "cho người cao tuổi tại các phường."
            ),
            P(
                "Thông qua Tuần lễ, nhận thức của cán bộ, nhân dân về vai trò của học tập suốt đời "
                "được nâng lên, góp phần xây dựng xã hội học tập, nâng cao chất lượng nguồn nhân lực "
                "của tỉnh."
            ),
        ],
        opts={
            "posted": _dt.datetime(2026, 10, 28, 0, 0),
            "nguoi_dang": "quantri",
            "keywords": "học tập suốt đời, xã hội học tập",
        },
    ),
    Story(
        id=1197,
        slug="kiem-tra-cong-tac-ban-tru-tai-cac-truong-ptdtbt-vung-cao",
        title="Kiểm tra công tác bán trú tại các trường phổ thông dân tộc bán trú vùng cao",
        cat="tin-hoat-dong",
        published_at="2026-10-20T15:05:00+07:00",
        authors=["Hà Phương"],
        photographers=["Vàng Seo Páo"],
        blocks=[
            P(
                "Từ ngày 15 đến 17/10/2026, đoàn công tác của Sở Giáo dục và Đào tạo do đồng chí Phó "
                "Giám đốc Sở làm trưởng đoàn đã kiểm tra công tác tổ chức nuôi dưỡng, chăm sóc học "
                "sinh bán trú tại 9 trường phổ thông dân tộc bán trú trên địa bàn các xã vùng cao "
                "phía Bắc của tỉnh."
            ),
            P(
                "Đoàn đã kiểm tra thực tế nhà ăn, bếp ăn, khu nội trú, công trình nước sạch, nhà vệ "
                "sinh; việc thực hiện chế độ chính sách đối với học sinh; công tác bảo đảm an toàn "
                "thực phẩm và quản lý học sinh ngoài giờ lên lớp."
            ),
            Img("/uploads/tintuc/2026/10/kiem-tra-ban-tru-1.jpg", "Ảnh: Vàng Seo Páo", None),
            P(
                "Qua kiểm tra, các trường đều xây dựng thực đơn đa dạng, bảo đảm định lượng; học "
                "sinh được ăn 3 bữa/ngày. Nhiều trường tận dụng quỹ đất để tăng gia rau xanh, chăn "
                "nuôi, cải thiện bữa ăn cho học sinh."
            ),
            P(
                "Tuy nhiên, một số điểm trường còn thiếu phòng ở, học sinh phải ở ghép; hệ thống nước "
                "sinh hoạt chưa ổn định vào mùa khô; một số bếp ăn chưa thực hiện đầy đủ việc lưu mẫu "
                "thức ăn theo quy định."
            ),
            Img(
                "/uploads/tintuc/2026/10/kiem-tra-ban-tru-2.jpg",
                "Đoàn công tác kiểm tra bếp ăn bán trú Trường PTDTBT THCS Thượng Lâm",
                "Đoàn công tác kiểm tra bếp ăn bán trú Trường PTDTBT THCS Thượng Lâm",
            ),
            P(
                "Đoàn đề nghị các nhà trường khắc phục ngay những tồn tại, hạn chế; chủ động chuẩn bị "
                "chăn ấm, áo ấm, nước nóng cho học sinh trong mùa đông; tăng cường phối hợp với chính "
                "quyền địa phương và phụ huynh trong việc quản lý học sinh bán trú."
            ),
            Raw(f'<p style="{R}"><em><strong>Hà Phương</strong></em></p>'),
        ],
        opts={
            "posted": _dt.datetime(2026, 10, 20, 15, 5),
            "entities": 1,
            "keywords": "bán trú, vùng cao",
        },
    ),
    Story(
        id=1241,
        slug="hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thpt-nam-hoc-2026-2027",
        title=(
            "Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT năm học 2026 - 2027: "
            "142 giáo viên đạt giải"
        ),
        cat="giao-duc-trung-hoc",
        published_at="2026-12-02T10:00:00+07:00",
        summary=(
            "Sau 10 ngày tổ chức, Hội thi giáo viên dạy giỏi cấp tỉnh cấp trung học phổ thông năm "
            "học 2026 - 2027 đã kết thúc với 142/176 giáo viên được công nhận đạt giải."
        ),
        sapo_outside=True,
        authors=["Phòng Giáo dục Trung học"],
        blocks=[
            P(
                "Hội thi được tổ chức từ ngày 20/11 đến ngày 30/11/2026 tại 6 trường THPT trên địa "
                "bàn tỉnh, với 176 giáo viên dự thi ở 13 môn học. Mỗi giáo viên trải qua hai phần "
                "thi: trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành dạy hai tiết "
                "trên lớp."
            ),
            P("Kết quả cụ thể như sau:"),
            P("Xếp loại | Số giáo viên | Tỷ lệ", style="row"),
            P("Giải Nhất | 18 | 10,2%", style="row"),
            P("Giải Nhì | 41 | 23,3%", style="row"),
            P("Giải Ba | 83 | 47,2%", style="row"),
            P(
                "Ban giám khảo đánh giá các tiết dạy được chuẩn bị công phu, bám sát yêu cầu của "
                "Chương trình giáo dục phổ thông 2018; nhiều giáo viên vận dụng hiệu quả phương pháp "
                "dạy học tích cực, tổ chức cho học sinh hoạt động nhóm, thực hành, trải nghiệm."
            ),
            Img(
                "/uploads/tintuc/2026/12/gvdg-thpt-vat-li.jpg",
                "Tiết dạy môn Vật lí của cô giáo Nguyễn Thị Lan Anh, Trường THPT Tân Trào",
                "Tiết dạy môn Vật lí của cô giáo Nguyễn Thị Lan Anh, Trường THPT Tân Trào",
                style="lazy",
            ),
            P(
                "Bên cạnh đó, vẫn còn một số tiết dạy sử dụng công nghệ thông tin chưa hợp lý, phân "
                "bố thời gian giữa các hoạt động chưa cân đối. Sở Giáo dục và Đào tạo đề nghị các "
                "nhà trường tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học từ các tiết dạy đạt "
                "giải để lan tỏa kinh nghiệm."
            ),
            Raw(f'<p style="{R}"><em><strong>Phòng Giáo dục Trung học</strong></em></p>'),
        ],
        opts={
            "posted": _dt.datetime(2026, 12, 2, 10, 0),
            "keywords": "giáo viên dạy giỏi, THPT",
        },
    ),
    Story(
        id=1229,
        slug="huong-dan-kiem-tra-danh-gia-cuoi-hoc-ky-i-nam-hoc-2026-2027-cap-trung-hoc",
        title="Hướng dẫn tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027 cấp trung học",
        cat="giao-duc-trung-hoc",
        published_at="2026-11-24T07:30:00+07:00",
        blocks=[
            P(
                "Ngày 21/11/2026, Sở Giáo dục và Đào tạo ban hành công văn hướng dẫn các trường trung "
                "học tổ chức kiểm tra, đánh giá định kỳ cuối học kỳ I năm học 2026 - 2027. Một số nội "
                "dung chính như sau:"
            ),
            P("1. Về thời gian", style="h"),
            P(
                "Các trường chủ động xây dựng lịch kiểm tra, hoàn thành trước ngày 10/01/2027.",
                style="li",
            ),
            P(
                "Kiểm tra các môn học theo đề chung của trường, không bố trí quá 3 môn kiểm tra "
                "trong cùng một ngày.",
                style="li",
            ),
            P("2. Về đề kiểm tra", style="h"),
            P(
                "Đề kiểm tra được xây dựng theo ma trận, bản đặc tả, bảo đảm tỉ lệ các mức độ nhận "
                "biết, thông hiểu, vận dụng phù hợp.",
                style="li",
            ),
            P(
                "Khuyến khích sử dụng các dạng câu hỏi mới tương tự cấu trúc đề thi tốt nghiệp THPT "
                "từ năm 2025 đối với lớp 12.",
                style="li",
            ),
            _tlq(1212, "truong-thpt-chuyen-to-chuc-ngay-hoi-stem"),
            P("3. Về tổ chức chấm, nhận xét", style="h"),
            P(
                "Giáo viên chấm bài, nhận xét cụ thể ưu điểm, hạn chế của từng học sinh; kết quả "
                "được cập nhật lên hệ thống quản lý trường học trước ngày 15/01/2027. Các trường báo "
                "cáo kết quả về Sở (qua Phòng Giáo dục Trung học) trước ngày 20/01/2027."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="van-ban/chi-tiet/322/cong-van-huong-dan-to-chuc-ngay-hoi-'
                'stem.html">Công văn số 2318/SGDĐT-GDTrH về hướng dẫn tổ chức Ngày hội STEM</a>'
                "</em></p>"
            ),
        ],
        opts={
            "posted": _dt.datetime(2026, 11, 24, 7, 30),
            "nguoi_dang": "gdtrh_sgd",
            "keywords": "kiểm tra cuối kỳ, đánh giá học sinh",
        },
    ),
    Story(
        id=1212,
        slug="truong-thpt-chuyen-tuyen-quang-to-chuc-ngay-hoi-stem-lan-thu-iii",
        title="Trường THPT Chuyên Tuyên Quang tổ chức Ngày hội STEM lần thứ III",
        cat="giao-duc-trung-hoc",
        published_at="2026-11-06T15:20:00+07:00",
        summary=(
            "Ngày 05/11, Trường THPT Chuyên Tuyên Quang tổ chức Ngày hội STEM lần thứ III với 48 "
            "sản phẩm khoa học, kỹ thuật do học sinh tự nghiên cứu, chế tạo."
        ),
        authors=["Nguyễn Thanh Bình"],
        blocks=[
            P(
                "Ngày 05/11, Trường THPT Chuyên Tuyên Quang tổ chức Ngày hội STEM lần thứ III với 48 "
                "sản phẩm khoa học, kỹ thuật do học sinh tự nghiên cứu, chế tạo.",
                style="b",
            ),
            P(
                "Các sản phẩm tập trung vào những vấn đề gần gũi với đời sống như: hệ thống tưới cây "
                "tự động sử dụng cảm biến độ ẩm, máy lọc nước mini từ vật liệu tái chế, thiết bị cảnh "
                "báo sạt lở đất, mô hình nhà thông minh tiết kiệm năng lượng..."
            ),
            Img(
                "/uploads/tintuc/2026/11/ngay-hoi-stem-chuyen-tq.jpg",
                "(Học sinh giới thiệu mô hình cảnh báo sạt lở đất)",
                "Học sinh giới thiệu mô hình cảnh báo sạt lở đất",
                style="p",
            ),
            P(
                "Ngoài khu trưng bày, ngày hội còn có các hoạt động trải nghiệm như lắp ráp robot, "
                "bắn tên lửa nước, thí nghiệm hóa học vui, thu hút đông đảo học sinh các trường "
                "trung học cơ sở trên địa bàn phường Minh Xuân đến tham quan."
            ),
            P(
                "Theo thầy giáo Lê Văn Hùng, Phó Hiệu trưởng nhà trường, ngày hội là sân chơi bổ ích "
                "giúp học sinh vận dụng kiến thức liên môn vào giải quyết các vấn đề thực tiễn, đồng "
                "thời là cơ sở để nhà trường lựa chọn các dự án tham gia Cuộc thi khoa học, kỹ thuật "
                "cấp tỉnh."
            ),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao 3 giải Nhất, 5 giải Nhì, 8 giải Ba cho các sản "
                "phẩm xuất sắc."
            ),
            Raw(
                f'<p style="{R}"><strong>Nguyễn Thanh Bình</strong> '
                "(Trường THPT Chuyên Tuyên Quang)</p>"
            ),
        ],
        opts={
            "posted": _dt.datetime(2026, 11, 6, 15, 20),
            "php_error_before": "anh_dai_dien",
            "keywords": "STEM, THPT Chuyên",
        },
    ),
    Story(
        id=1245,
        slug="lich-tiep-cong-dan-dinh-ky-thang-12-2026-cua-giam-doc-so",
        title="Lịch tiếp công dân định kỳ tháng 12/2026 của Giám đốc Sở Giáo dục và Đào tạo",
        cat="thong-bao",
        published_at="2026-12-04T16:10:00+07:00",
        authors=["Văn phòng Sở"],
        blocks=[
            P(
                "Căn cứ Luật Tiếp công dân năm 2013 và Quy chế tiếp công dân của Sở Giáo dục và Đào "
                "tạo, Văn phòng Sở thông báo lịch tiếp công dân định kỳ tháng 12/2026 của Giám đốc Sở "
                "như sau:"
            ),
            P("Thời gian | Người tiếp | Địa điểm", style="row"),
            P(
                "Thứ Ba, ngày 15/12/2026 | Giám đốc Sở | Phòng tiếp công dân, Sở GD&ĐT",
                style="row",
            ),
            P(
                "Thứ Ba, ngày 29/12/2026 | Phó Giám đốc Sở được ủy quyền | Phòng tiếp công dân, "
                "Sở GD&ĐT",
                style="row",
            ),
            P("Thời gian tiếp: buổi sáng từ 7 giờ 30 phút đến 11 giờ 30 phút."),
            P(
                "Công dân đến liên hệ cần mang theo giấy tờ tùy thân và các tài liệu liên quan đến "
                "nội dung kiến nghị, phản ánh. Trường hợp có thay đổi lịch, Văn phòng Sở sẽ thông báo "
                "trên Cổng thông tin điện tử của Sở."
            ),
            _byline("Văn phòng Sở"),
        ],
        opts={
            "posted": _dt.datetime(2026, 12, 4, 16, 10),
            "keywords": "tiếp công dân",
        },
    ),
    Story(
        id=1236,
        slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title=(
            "Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT "
            "năm học 2026 - 2027"
        ),
        cat="thong-bao",
        published_at="2026-11-30",
        authors=["Nguyễn Thị Hương"],
        blocks=[
            Raw("<!--LETTERHEAD-->"),
            P(
                "Căn cứ Quy chế thi chọn học sinh giỏi cấp quốc gia ban hành kèm theo Thông tư số "
                "17/2023/TT-BGDĐT ngày 10/10/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo;"
            ),
            P(
                "Căn cứ Kế hoạch số 186/KH-SGDĐT ngày 15/8/2026 của Sở Giáo dục và Đào tạo về thời "
                "gian năm học 2026 - 2027;"
            ),
            P(
                "Sở Giáo dục và Đào tạo thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 "
                "THPT năm học 2026 - 2027 như sau:"
            ),
            P(
                "1. Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, "
                "Tiếng Anh, Giáo dục kinh tế và pháp luật."
            ),
            P("2. Thời gian thi: ngày 22 và 23/12/2026."),
            P(
                "3. Địa điểm thi: Trường THPT Chuyên Tuyên Quang và Trường THPT Chuyên Hà Giang."
            ),
            P(
                "4. Hồ sơ đăng ký dự thi gửi về Sở Giáo dục và Đào tạo (qua Phòng Khảo thí và Quản "
                "lý chất lượng) trước ngày 10/12/2026."
            ),
            P(
                "Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị triển khai thực hiện nghiêm "
                "túc nội dung Thông báo này./."
            ),
            Raw("<!--KYTEN-->"),
            Raw(
                '<p><img src="public/images/icon_pdf.gif" alt="" /> File đính kèm: '
                '<a href="uploads/files/2026/12/2415-TB-SGDDT.pdf">2415-TB-SGDDT.pdf</a></p>'
            ),
        ],
        opts={
            "posted": _dt.datetime(2026, 12, 1, 8, 10),
            "official": {
                "so": "2415/TB-SGDĐT",
                "ngay": "Tuyên Quang, ngày 30 tháng 11 năm 2026",
                "ve_viec": "Về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027",
                "signer": "Nguyễn Thị Hương",
            },
            "keywords": "học sinh giỏi cấp tỉnh, lớp 12",
        },
    ),
    Story(
        id=1209,
        slug="thong-bao-ket-qua-kiem-tra-sat-hach-vong-2-xet-tuyen-vien-chuc-giao-duc-nam-2026",
        title=(
            "Thông báo kết quả kiểm tra, sát hạch vòng 2 kỳ xét tuyển viên chức giáo dục năm 2026"
        ),
        cat="thong-bao",
        published_at="2026-11-03T09:00:00+07:00",
        blocks=[
            P(
                "Hội đồng xét tuyển viên chức giáo dục năm 2026 thông báo kết quả kiểm tra, sát hạch "
                "vòng 2 đối với các thí sinh dự tuyển vào các trường trung học phổ thông và trung tâm "
                "giáo dục nghề nghiệp - giáo dục thường xuyên trực thuộc Sở."
            ),
            P(
                "Tổng số thí sinh dự kiểm tra, sát hạch vòng 2 là 214 người; số thí sinh có kết quả "
                "điểm từ 50 điểm trở lên là 187 người. Danh sách chi tiết kết quả của từng thí sinh "
                "được đính kèm thông báo này."
            ),
            P(
                "Hội đồng xét tuyển sẽ thông báo kết quả trúng tuyển và hướng dẫn thí sinh hoàn thiện "
                "hồ sơ sau khi được cấp có thẩm quyền phê duyệt."
            ),
            Raw(
                '<p><img src="public/images/icon_pdf.gif" alt="" /> File đính kèm: '
                '<a href="uploads/files/2026/11/KQ-vong2-XTVC2026.pdf">KQ-vong2-XTVC2026.pdf</a>'
                "</p>"
            ),
        ],
        opts={
            "posted": _dt.datetime(2026, 11, 3, 9, 0),
            "nguoi_dang": "vp_sgddt",
            "keywords": "xét tuyển viên chức",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _sorted(cat: str | None = None, until: _dt.datetime = NOW) -> list[Story]:
    items = [s for s in STORIES if (cat is None or s.cat == cat) and s.opts["posted"] <= until]
    return sorted(items, key=lambda s: s.opts["posted"], reverse=True)


def art_path(s: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/chi-tiet/{s.id}/{slug or s.slug}.html"


def art_href(s: Story, index_php: bool = False) -> str:
    """Relative to ``<base href>`` (trap 1)."""
    return "index.php" + art_path(s) if index_php else art_path(s)[1:]


# --- non-articles ----------------------------------------------------------------------------

DOCS = [
    {
        "id": 322,
        "slug": "cong-van-huong-dan-to-chuc-ngay-hoi-stem",
        "so": "2318/SGDĐT-GDTrH",
        "ngay": "12/10/2026",
        "loai": "Công văn",
        "trich_yeu": "Hướng dẫn tổ chức Ngày hội STEM cấp trường năm học 2026 - 2027",
        "co_quan": "Sở Giáo dục và Đào tạo",
        "nguoi_ky": "Nguyễn Thị Hương",
    },
    {
        "id": 318,
        "slug": "quyet-dinh-ban-hanh-ke-hoach-thoi-gian-nam-hoc-2026-2027",
        "so": "1875/QĐ-UBND",
        "ngay": "08/08/2026",
        "loai": "Quyết định",
        "trich_yeu": (
            "Ban hành Kế hoạch thời gian năm học 2026 - 2027 đối với giáo dục mầm non, giáo dục "
            "phổ thông và giáo dục thường xuyên trên địa bàn tỉnh Tuyên Quang"
        ),
        "co_quan": "UBND tỉnh Tuyên Quang",
        "nguoi_ky": "Phó Chủ tịch UBND tỉnh",
    },
]
DOC_BY_ID = {d["id"]: d for d in DOCS}

INTRO = {
    "chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Tuyên Quang, "
            "tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục "
            "và đào tạo trên địa bàn tỉnh.",
            "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về "
            "tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, "
            "kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
        ],
    ),
    "lanh-dao-so": (
        "Lãnh đạo Sở",
        [
            "Giám đốc Sở: phụ trách chung, trực tiếp chỉ đạo công tác tổ chức cán bộ, kế hoạch - "
            "tài chính, thanh tra.",
            "Phó Giám đốc Sở: phụ trách giáo dục trung học, khảo thí và quản lý chất lượng giáo dục.",
            "Phó Giám đốc Sở: phụ trách giáo dục mầm non, tiểu học, giáo dục nghề nghiệp - giáo "
            "dục thường xuyên.",
        ],
    ),
}
ALBUM = {
    "id": 27,
    "slug": "le-ky-niem-ngay-nha-giao-viet-nam-20-11",
    "title": "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026",
    "photos": [f"/uploads/album/2026/11/nha-giao-{i:02d}.jpg" for i in range(1, 7)],
}

NON_ARTICLES = [
    "/gioi-thieu/chuc-nang-nhiem-vu.html",
    "/gioi-thieu/lanh-dao-so.html",
    "/lien-he.html",
    f"/van-ban/chi-tiet/322/{DOCS[0]['slug']}.html",
    f"/van-ban/chi-tiet/318/{DOCS[1]['slug']}.html",
    f"/thu-vien-anh/album/27/{ALBUM['slug']}.html",
]

# --- rendering -------------------------------------------------------------------------------


def _t(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")), entities=int(s.opts.get("entities", 0)))


_MSO_SPAN = (
    '<span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,'
    '&quot;serif&quot;">'
)


def _para(s: Story, inner: str, style: str) -> str:
    if s.opts.get("mso"):
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:'
            f'36.0pt;line-height:normal">{_MSO_SPAN}{inner}<o:p></o:p></span></p>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        )
    if style == "b":
        return f'<p style="text-align:justify"><strong>{inner}</strong></p>\n'
    if style == "h":
        return f'<p style="text-align:justify"><span style="color:#000080"><strong>{inner}</strong></span></p>\n'
    return f'<p style="text-align:justify">{inner}</p>\n'


def _img(s: Story, img: Img) -> str:
    rel = img.src.lstrip("/")
    cap = _t(s, img.printed) if img.printed else ""
    if img.style == "lazy":
        tag = (
            f'<img class="lazy anh_nd" src="public/images/grey.gif" data-original="{esc(rel)}" '
            'alt="" width="640" height="427" />'
        )
        if s.opts.get("noscript"):
            tag += f'<noscript><img src="{esc(rel)}" alt="" width="640" /></noscript>'
        out = f'<p style="text-align:center">{tag}</p>\n'
        if cap:
            out += f'<p style="text-align:center"><span style="font-size:12px"><em>{cap}</em></span></p>\n'
        return out
    if img.style == "tbl":
        out = (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width:600px">'
            f'<tbody><tr><td><img alt="" src="{esc(rel)}" style="width:600px;height:400px" /></td></tr>'
        )
        if cap:
            out += f'<tr><td style="text-align:center;background:#f2f2f2"><em>{cap}</em></td></tr>'
        return out + "</tbody></table>\n"
    if img.style == "div":
        out = f'<div style="text-align:center"><img alt="" src="{esc(rel)}" width="600" />'
        if cap:
            out += f"<br />\n<i>{cap}</i>"
        return out + "</div>\n"
    # "next" / "p": the photo in a centred paragraph, the line in the next one
    out = f'<p style="text-align:center"><img alt="" src="{esc(rel)}" style="width:600px" /></p>\n'
    if cap:
        out += f'<p style="text-align:center"><em>{cap}</em></p>\n'
    return out


def _tlq_box(target: int, old_slug: str) -> str:
    t = BY_ID[target]
    return (
        '<div class="tlq_giua" style="float:right;width:230px;margin:5px 0 5px 10px;padding:6px;'
        'border:1px solid #c9d8ea;background:#f3f8fd">'
        '<div class="tlq_tde"><b>TIN LIÊN QUAN</b></div><ul class="ds_tlq">'
        f'<li><a href="{art_path(t, old_slug)[1:]}">{esc(t.title)}</a></li>'
        "</ul></div>\n"
    )


def _letterhead(s: Story) -> str:
    o = s.opts["official"]
    return (
        '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody>'
        '<tr><td style="text-align:center;width:40%">UBND TỈNH TUYÊN QUANG<br />'
        "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
        '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
        "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
        f'<tr><td style="text-align:center">Số: {esc(o["so"])}</td>'
        f'<td style="text-align:center"><em>{esc(o["ngay"])}</em></td></tr>'
        "</tbody></table>\n"
        '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>\n'
        f'<p style="text-align:center"><strong>{esc(o["ve_viec"])}</strong></p>\n'
    )


def _kyten(s: Story) -> str:
    o = s.opts["official"]
    return (
        '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
        '<td style="vertical-align:top;width:50%"><strong><em>Nơi nhận:</em></strong><br />'
        "- Các trường THPT, PTDTNT THPT;<br />- Các trung tâm GDNN-GDTX;<br />"
        "- Lãnh đạo Sở;<br />- Cổng TTĐT Sở;<br />- Lưu: VT, KT&amp;QLCL.</td>"
        '<td style="text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br />'
        f"PHÓ GIÁM ĐỐC</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>{esc(o['signer'])}"
        "</strong></td></tr></tbody></table>\n"
    )


def render_text(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            out.append(_img(s, b))
        elif isinstance(b, Raw):
            m = re.fullmatch(r"<!--TLQ:(\d+):([a-z0-9-]+)-->", b.html)
            if m:
                out.append(_tlq_box(int(m.group(1)), m.group(2)))
            elif b.html == "<!--LETTERHEAD-->":
                out.append(_letterhead(s))
            elif b.html == "<!--KYTEN-->":
                out.append(_kyten(s))
            else:
                out.append(b.html + "\n")
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(s, blocks[i].text)}</li>")
                i += 1
            out.append('<ul style="list-style-type:circle">' + "".join(items) + "</ul>\n")
            continue
        elif b.style == "row":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                if first:
                    tds = "".join(
                        f'<td style="text-align:center;background:#dbe5f1"><strong>{_t(s, c)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>{_t(s, c)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                first = False
                i += 1
            if s.opts.get("mso"):
                table = (
                    '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                    'style="border-collapse:collapse;border:none">'
                )
            else:
                table = '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse">'
            out.append(table + "<tbody>" + "".join(rows) + "</tbody></table>\n")
            continue
        else:
            inner = _t(s, b.text)
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                inner += "<br />\n" + _t(s, blocks[i].text)
                i += 1
            out.append(_para(s, inner, b.style))
            continue
        i += 1
    return "".join(out)


# --- chrome ----------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "", []),
    (
        "Giới thiệu",
        "javascript:void(0)",
        [
            ("Chức năng, nhiệm vụ", "gioi-thieu/chuc-nang-nhiem-vu.html"),
            ("Lãnh đạo Sở", "gioi-thieu/lanh-dao-so.html"),
        ],
    ),
    (
        "Tin tức",
        "javascript:void(0)",
        [(name, f"tin-tuc/danh-muc/{slug}") for slug, name in CATS.items()],
    ),
    ("Văn bản", "van-ban", []),
    ("Thư viện ảnh", "thu-vien-anh", []),
    ("Dịch vụ công", "https://dichvucong.tuyenquang.gov.vn/", []),
    ("Liên hệ", "lien-he.html", []),
]


def _menu(active: str = "") -> str:
    items = []
    for n, (label, href, subs) in enumerate(MENU, 1):
        cls = ' class="hien_tai"' if label == active else ""
        sub = ""
        if subs:
            sub = "<ul>" + "".join(f'<li><a href="{h}">{esc(lb)}</a></li>' for lb, h in subs) + "</ul>"
        href_attr = esc(href) if href else "./"
        items.append(f'<li id="mn_{n}"{cls}><a href="{href_attr}">{esc(label)}</a>{sub}</li>')
    return '<div id="khung_menu"><ul id="mn_ngang" class="sf-menu">' + "".join(items) + "</ul></div>"


def _date_short(s: Story) -> str:
    return f"{s.opts['posted']:%d/%m/%Y}"


def _sidebar_right(until: _dt.datetime) -> str:
    newest = _sorted(until=until)[:5]
    ticker = "".join(
        f'<li><a href="{art_href(s, index_php=True)}">{esc(s.title)}</a> '
        f'<span class="ngay_nho">({_date_short(s)})</span></li>'
        for s in newest
    )
    most_read = [BY_ID[1226], BY_ID[1212], BY_ID[1238]]
    most = "".join(
        f'<li><a href="{art_href(s, index_php=True)}">{esc(s.title)}</a></li>' for s in most_read
    )
    docs = "".join(
        f'<li><a href="van-ban/chi-tiet/{d["id"]}/{d["slug"]}.html">{esc(d["loai"])} số '
        f'{esc(d["so"])}</a><br /><span class="ty_nho">{esc(d["trich_yeu"])}</span></li>'
        for d in DOCS
    )
    return f"""
<div class="cot_phai">
  <div class="hop_phai" id="hp_tinmoi"><div class="tde_hop"><span>TIN MỚI NHẤT</span></div>
    <div id="vticker_tinmoi"><ul>{ticker}</ul></div></div>
  <div class="hop_phai" id="hp_xemnhieu"><div class="tde_hop"><span>XEM NHIỀU</span></div>
    <ul class="ds_xemnhieu">{most}</ul></div>
  <div class="hop_phai" id="hp_vanban"><div class="tde_hop"><span>VĂN BẢN MỚI</span></div>
    <ul class="ds_vb">{docs}</ul><div class="xem_tat"><a href="van-ban">Xem tất cả »</a></div></div>
  <div class="hop_phai" id="hp_album"><div class="tde_hop"><span>THƯ VIỆN ẢNH</span></div>
    <a href="thu-vien-anh/album/{ALBUM['id']}/{ALBUM['slug']}.html"><img src="uploads/album/2026/11/nha-giao-01.jpg" alt="" width="220" /></a>
    <div class="ten_album"><a href="thu-vien-anh/album/{ALBUM['id']}/{ALBUM['slug']}.html">{esc(ALBUM['title'])}</a></div></div>
  <div class="hop_phai" id="hp_binhchon"><div class="tde_hop"><span>THĂM DÒ Ý KIẾN</span></div>
    <form id="frm_bc" action="javascript:void(0)"><p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
    <label><input type="radio" name="bc" value="1" /> Đẹp, dễ sử dụng</label><br />
    <label><input type="radio" name="bc" value="2" /> Bình thường</label><br />
    <label><input type="radio" name="bc" value="3" /> Khó tìm thông tin</label><br />
    <input type="button" value="Bình chọn" onclick="binhChon(3)" /> <input type="button" value="Kết quả" onclick="xemKQ(3)" /></form></div>
  <div class="hop_phai" id="hp_thongke"><div class="tde_hop"><span>THỐNG KÊ TRUY CẬP</span></div>
    <table class="bang_tk"><tr><td>Đang online:</td><td>27</td></tr><tr><td>Hôm nay:</td><td>1.204</td></tr>
    <tr><td>Tháng này:</td><td>18.776</td></tr><tr><td>Tổng truy cập:</td><td>3.845.612</td></tr></table></div>
</div>"""


def _sidebar_left() -> str:
    return """
<div class="cot_trai">
  <div class="hop_trai"><div class="tde_hop_t">CHUYÊN MỤC</div><ul class="mn_doc">
""" + "".join(
        f'<li><a href="tin-tuc/danh-muc/{slug}">{esc(name)}</a></li>' for slug, name in CATS.items()
    ) + """
    <li><a href="van-ban">Văn bản chỉ đạo</a></li></ul></div>
  <div class="hop_trai"><div class="tde_hop_t">LIÊN KẾT WEBSITE</div>
    <select id="sl_lienket" onchange="if(this.value!='')window.open(this.value)">
      <option value="">-- Chọn website --</option>
      <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
      <option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>
      <option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option>
    </select>
    <a href="https://dichvucong.gov.vn" target="_blank"><img src="public/images/banner/dvc-quocgia.jpg" alt="Dịch vụ công quốc gia" width="200" /></a>
    <a href="https://hocbaso.tuyenquang.edu.vn" target="_blank"><img src="public/images/banner/hoc-ba-so.png" alt="Học bạ số" width="200" /></a>
  </div>
</div>"""


def page(
    request: Request,
    title: str,
    main: str,
    *,
    active: str = "",
    until: _dt.datetime = NOW,
    head_extra: str = "",
    tail_extra: str = "",
    cache_note: str = "",
) -> str:
    base = base_url(request) + "/"
    today = thu_ngay(until.date())
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<base href="{esc(base)}" />
<meta name="keywords" content="sở giáo dục tuyên quang, sgd tuyên quang, giáo dục tuyên quang" />
<meta name="author" content="Công ty TNHH Giải pháp phần mềm Tân Hưng Phát" />
{head_extra}
<link rel="shortcut icon" href="public/images/favicon.ico" />
<link rel="stylesheet" type="text/css" href="public/css/style.css?v=2.3" />
<link rel="stylesheet" type="text/css" href="public/css/superfish.css" />
<script type="text/javascript" src="public/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="public/js/superfish.js"></script>
<script type="text/javascript" src="public/js/jquery.lazyload.min.js"></script>
<script type="text/javascript" src="public/js/jquery.vticker.min.js"></script>
<script type="text/javascript">var base_url = '{esc(base)}'; var site_url = '{esc(base)}index.php/';</script>
</head>
<body>
<div id="wrapper">
  <div id="dau_trang">
    <div class="hd_top"><span class="ngay_ht">{today}</span>
      <marquee scrollamount="3" class="chay_chu">Chào mừng quý vị đến với Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Tuyên Quang</marquee>
      <form id="frm_tim" action="tim-kiem" method="get"><input type="text" name="tu_khoa" value="" placeholder="Nhập từ khóa..." /><input type="submit" value="Tìm" /></form>
    </div>
    <div class="banner"><a href="{esc(base)}"><img src="public/images/logo-sgd.png" alt="Logo" width="90" /></a>
      <h1 class="ten_dv">{esc(SITE_NAME)}</h1><div class="ten_en">TUYEN QUANG DEPARTMENT OF EDUCATION AND TRAINING</div></div>
  </div>
  {_menu(active)}
  <div id="than_trang">
  {_sidebar_left()}
  <div class="cot_giua">
{main}
  </div>
  {_sidebar_right(until)}
  <div class="clear"></div>
  </div>
  <div id="chan_trang">
    <div class="ct_lienhe"><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</b><br />
    Địa chỉ: Số 07, đường Hoàng Hoa Thám, phường Minh Xuân, tỉnh Tuyên Quang<br />
    Điện thoại: 0207.3822.516 - Fax: 0207.3822.617 - Email: sgddt@tuyenquang.gov.vn<br />
    Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo<br />
    Ghi rõ nguồn "Cổng TTĐT Sở GD&amp;ĐT Tuyên Quang" khi phát hành lại thông tin từ website này.</div>
    <div class="ct_ban_quyen">© 2014 - 2026 Bản quyền thuộc Sở GD&amp;ĐT Tuyên Quang. Thiết kế bởi <a href="http://tanhungphat.vn" target="_blank">Tân Hưng Phát</a> | <a href="lien-he.html">Liên hệ</a></div>
  </div>
</div>
<script type="text/javascript">
$(function(){{ $('#mn_ngang').superfish(); $('img.lazy').lazyload({{effect:'fadeIn'}});
$('#vticker_tinmoi').vTicker({{speed:500,pause:3000,showItems:5}});
$('.giam_font').click(function(){{ $('#nd_chitiet').css('font-size','-=1'); }});
$('.tang_font').click(function(){{ $('#nd_chitiet').css('font-size','+=1'); }}); }});
</script>
{tail_extra}
</body>
</html>
{cache_note}"""


def _respond_page(body: str, cached: bool = False) -> Response:
    headers = {"X-Powered-By": "PHP/5.6.40"}
    if not cached:
        headers["Set-Cookie"] = "ci_session=8b1f3c0a9e7d4c2f6a5b0e1d3c7f9a2b4e6d8c01; path=/; HttpOnly"
    return html(body, headers=headers)


# --- pages -----------------------------------------------------------------------------------


def _stored(s: Story, value: str) -> str:
    """Text as the database holds it (the NFD paste stays NFD in excerpts and meta tags)."""
    return unicodedata.normalize("NFD", value) if s.opts.get("nfd") else value


def _excerpt(s: Story) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return _stored(s, first if len(first) <= 160 else first[:160].rsplit(" ", 1)[0] + "…")


def _is_new(s: Story) -> bool:
    return (NOW - s.opts["posted"]).days < 3


def _new_gif(s: Story) -> str:
    return ' <img src="public/images/icon_new.gif" alt="Mới" class="ic_moi" />' if _is_new(s) else ""


def home(request: Request) -> Response:
    featured = [BY_ID[1245], BY_ID[1243], BY_ID[1241], BY_ID[1238]]
    slides = "".join(
        f'<li><a href="{art_href(s, index_php=True)}"><img src="{_thumb(s)}" alt="{esc(s.title)}" '
        f'width="420" height="280" /></a><div class="tde_slide"><a href="{art_href(s, index_php=True)}">'
        f"{esc(s.title)}</a></div></li>"
        for s in featured
    )
    boxes = []
    for slug, name in CATS.items():
        items = _sorted(slug)[:3]
        lead, rest = items[0], items[1:]
        lis = "".join(
            f'<li><a href="{art_href(s)}">{esc(s.title)}</a> <span class="ngay_nho">({_date_short(s)})</span></li>'
            for s in rest
        )
        boxes.append(
            f'<div class="box_dm" id="box_dm_{CAT_IDS[slug]}"><div class="tde_box"><a href="tin-tuc/danh-muc/{slug}">'
            f'{esc(name)}</a><span class="xem_het"><a href="tin-tuc/danh-muc/{slug}">Xem tất cả »</a></span></div>'
            f'<div class="tin_dau"><a href="{art_href(lead)}"><img src="{_thumb(lead)}" alt="" width="150" /></a>'
            f'<a class="tde_tin" href="{art_href(lead)}">{esc(lead.title)}</a>{_new_gif(lead)}'
            f'<p class="tt_tin">{esc(_excerpt(lead))}</p></div><ul class="ds_tin_khac">{lis}</ul></div>'
        )
    main = f"""
<div id="tin_noi_bat"><div class="tde_box"><span>TIN NỔI BẬT</span></div>
  <div class="jcarousel-wrapper"><div class="jcarousel"><ul>{slides}</ul></div>
  <a href="javascript:void(0)" class="jcarousel-prev">‹</a><a href="javascript:void(0)" class="jcarousel-next">›</a></div></div>
{"".join(boxes)}
"""
    return _respond_page(page(request, f"Trang chủ | {SITE_SHORT}", main, active="Trang chủ"))


def _thumb(s: Story) -> str:
    imgs = s.images
    if imgs:
        return "uploads/tintuc/thumb/" + imgs[0].src.rsplit("/", 1)[1]
    return "public/images/no-image.jpg"


def _pagination(slug: str, offset: int, total: int) -> str:
    """CI3 pagination markup by offset (``use_page_numbers = FALSE``)."""
    pages = (total + PER_PAGE - 1) // PER_PAGE
    if pages <= 1:
        return ""
    cur = offset // PER_PAGE + 1
    base = f"tin-tuc/danh-muc/{slug}"

    def href(page_no: int) -> str:
        return base if page_no == 1 else f"{base}/{(page_no - 1) * PER_PAGE}"

    parts = []
    if cur > 1:
        parts.append(
            f'<a href="{href(cur - 1)}" data-ci-pagination-page="{cur - 1}" rel="prev">&lt;</a>'
        )
    for n in range(max(1, cur - 2), min(pages, cur + 2) + 1):
        if n == cur:
            parts.append(f'<strong class="trang_ht">{n}</strong>')
        else:
            rel = ' rel="start"' if n == 1 else ""
            parts.append(f'<a href="{href(n)}" data-ci-pagination-page="{n}"{rel}>{n}</a>')
    if cur < pages:
        parts.append(
            f'<a href="{href(cur + 1)}" data-ci-pagination-page="{cur + 1}" rel="next">&gt;</a>'
        )
    return '<div class="phan_trang">' + "".join(parts) + "</div>"


def listing(request: Request, slug: str, offset: int) -> Response:
    cached = offset > 0
    until = CACHE_TIME if cached else NOW
    items = _sorted(slug, until=until)
    shown = items[offset : offset + PER_PAGE]
    name = CATS[slug]
    if shown:
        rows = "".join(
            f'<div class="tin_item"><a class="anh_dd" href="{art_href(s)}"><img src="{_thumb(s)}" alt="" width="140" height="95" /></a>'
            f'<div class="tt_item"><a class="tde" href="{art_href(s)}">{esc(s.title)}</a>{_new_gif(s) if not cached else ""}'
            f'<div class="ngay_dang_ds"><img src="public/images/icon_clock.gif" alt="" /> {_date_short(s)}</div>'
            f'<div class="mota_ds">{esc(_excerpt(s))}</div></div><div class="clear"></div></div>'
            for s in shown
        )
    else:
        rows = '<div class="thong_bao_rong">Chưa có tin nào trong chuyên mục này.</div>'
    main = f"""
<div class="dh_vitri"><a href="./">Trang chủ</a> <span>»</span> <span>Tin tức</span> <span>»</span> <a href="tin-tuc/danh-muc/{slug}">{esc(name)}</a></div>
<div class="khung_ds" id="ds_dm_{CAT_IDS[slug]}"><div class="tde_dm">{esc(name)}</div>
<div class="tong_tin">Có {len(items)} tin</div>
{rows}
{_pagination(slug, offset, len(items))}
</div>"""
    note = ""
    if cached:
        note = f"<!-- Cache: {CACHE_TIME:%d/%m/%Y %H:%M:%S} | tin-tuc/danh-muc/{slug}/{offset} -->"
    body = page(
        request, f"{name} | {SITE_SHORT}", main, active="Tin tức", until=until, cache_note=note
    )
    return _respond_page(body, cached=cached)


_PHP_ERROR = """<div style="border:1px solid #990000;padding-left:20px;margin:0 0 10px 0;">

<h4>A PHP Error was encountered</h4>

<p>Severity: Notice</p>
<p>Message:  Undefined {what}</p>
<p>Filename: tintuc/chitiet.php</p>
<p>Line Number: {line}</p>

	<p>Backtrace:</p>
			<p style="margin-left:10px">
			File: /var/www/sgddttq/public_html/application/views/tintuc/chitiet.php<br />
			Line: {line}<br />
			Function: _error_handler			</p>
			<p style="margin-left:10px">
			File: /var/www/sgddttq/public_html/application/controllers/Tintuc.php<br />
			Line: 142<br />
			Function: view			</p>
			<p style="margin-left:10px">
			File: /var/www/sgddttq/public_html/index.php<br />
			Line: 315<br />
			Function: require_once			</p>

</div>
"""


def _profiler(request: Request, s: Story) -> str:
    uri = request.path.lstrip("/")
    if uri.startswith("index.php/"):
        uri = uri[len("index.php/") :]
    uri = uri.removesuffix(".html")
    fs = 'style="border:1px solid {c};padding:6px 10px 10px 10px;margin:20px 0 20px 0;background-color:#eee;"'
    td_l = 'style="padding:5px;width:50%;color:#000;font-weight:bold;background-color:#ddd;"'
    td_r = 'style="padding:5px;width:50%;color:#900;font-weight:normal;background-color:#ddd;"'
    bench = "".join(
        f"<tr><td {td_l}>{k}&nbsp;&nbsp;</td><td {td_r}>{v}</td></tr>"
        for k, v in [
            ("Loading Time: Base Classes", "0.0074"),
            ("Controller Execution Time ( Tintuc / Chitiet )", "0.0412"),
            ("Total Execution Time", "0.0489"),
        ]
    )
    queries = [
        ("0.0006", f"SELECT *\nFROM `tbl_tintuc`\nWHERE `id_tin` = '{s.id}'\nAND `trang_thai` = 1\n LIMIT 1"),
        ("0.0003", f"UPDATE `tbl_tintuc` SET `luot_xem` = luot_xem+1\nWHERE `id_tin` = '{s.id}'"),
        ("0.0004", f"SELECT `id_dm`, `ten_dm`, `alias`\nFROM `tbl_danhmuc`\nWHERE `id_dm` = '{CAT_IDS[s.cat]}'"),
        (
            "0.0011",
            f"SELECT `id_tin`, `tieu_de`, `alias`, `ngay_dang`\nFROM `tbl_tintuc`\nWHERE `id_dm` = '{CAT_IDS[s.cat]}'\nAND `id_tin` != '{s.id}'\nAND `trang_thai` = 1\nORDER BY `ngay_dang` DESC\n LIMIT 4",
        ),
        ("0.0008", "SELECT *\nFROM `tbl_thongke`\nWHERE `ngay` = '2026-12-05'"),
    ]
    qrows = "".join(
        f'<tr><td style="padding:5px;vertical-align:top;width:1%;color:#900;font-weight:normal;background-color:#ddd;">{t}&nbsp;&nbsp;</td>'
        f'<td style="padding:5px;color:#000;font-weight:normal;background-color:#ddd;">{esc(q).replace(chr(10), "<br />")}</td></tr>'
        for t, q in queries
    )
    headers = "".join(
        f'<tr><td style="vertical-align:top;width:50%;padding:5px;color:#900;background-color:#ddd;">{k}&nbsp;&nbsp;</td>'
        f'<td style="width:50%;padding:5px;color:#000;background-color:#ddd;">{esc(v)}</td></tr>'
        for k, v in [
            ("HTTP_ACCEPT", request.headers.get("Accept", "")),
            ("HTTP_USER_AGENT", request.headers.get("User-Agent", "")),
            ("HTTP_CONNECTION", request.headers.get("Connection", "")),
            ("SERVER_PORT", "80"),
            ("SERVER_NAME", request.headers.get("Host", "").split(":")[0]),
            ("REMOTE_ADDR", "127.0.0.1"),
            ("SERVER_SOFTWARE", "Apache/2.4.41"),
            ("HTTP_ACCEPT_LANGUAGE", request.headers.get("Accept-Language", "")),
            ("SCRIPT_NAME", "/index.php"),
            ("REQUEST_METHOD", request.method),
            ("HTTP_HOST", request.headers.get("Host", "")),
            ("REQUEST_URI", request.target),
        ]
    )
    config = "".join(
        f'<tr><td style="padding:5px;vertical-align:top;color:#900;background-color:#ddd;">{k}&nbsp;&nbsp;</td>'
        f'<td style="padding:5px;color:#000;background-color:#ddd;">{esc(v)}</td></tr>'
        for k, v in [
            ("base_url", base_url(request) + "/"),
            ("index_page", "index.php"),
            ("uri_protocol", "REQUEST_URI"),
            ("url_suffix", ".html"),
            ("language", "vietnamese"),
            ("charset", "UTF-8"),
            ("enable_hooks", ""),
            ("subclass_prefix", "MY_"),
            ("permitted_uri_chars", "a-z 0-9~%.:_\\-"),
            ("cache_path", ""),
            ("sess_driver", "database"),
            ("sess_cookie_name", "ci_session"),
            ("sess_expiration", "7200"),
            ("cookie_prefix", ""),
            ("global_xss_filtering", ""),
            ("compress_output", ""),
            ("time_reference", "local"),
            ("proxy_ips", ""),
        ]
    )
    return f"""
<div id="codeigniter_profiler" style="clear:both;background-color:#fff;padding:10px;">
<fieldset id="ci_profiler_benchmarks" {fs.format(c="#900")}>
<legend style="color:#900;">&nbsp;&nbsp;BENCHMARKS&nbsp;&nbsp;</legend>
<table style="width:100%;">{bench}</table></fieldset>
<fieldset id="ci_profiler_get" {fs.format(c="#cd6e00")}>
<legend style="color:#cd6e00;">&nbsp;&nbsp;GET DATA&nbsp;&nbsp;</legend>
<div style="color:#cd6e00;font-weight:normal;padding:4px 0 4px 0;">No GET data exists</div></fieldset>
<fieldset id="ci_profiler_memory_usage" {fs.format(c="#5a0099")}>
<legend style="color:#5a0099;">&nbsp;&nbsp;MEMORY USAGE&nbsp;&nbsp;</legend>
<div style="color:#5a0099;font-weight:normal;padding:4px 0 4px 0;">2,461,304 bytes</div></fieldset>
<fieldset id="ci_profiler_post" {fs.format(c="#009900")}>
<legend style="color:#009900;">&nbsp;&nbsp;POST DATA&nbsp;&nbsp;</legend>
<div style="color:#009900;font-weight:normal;padding:4px 0 4px 0;">No POST data exists</div></fieldset>
<fieldset id="ci_profiler_uri_string" {fs.format(c="#000")}>
<legend style="color:#000;">&nbsp;&nbsp;URI STRING&nbsp;&nbsp;</legend>
<div style="color:#000;font-weight:normal;padding:4px 0 4px 0;">{esc(uri)}</div></fieldset>
<fieldset id="ci_profiler_controller_info" {fs.format(c="#995300")}>
<legend style="color:#995300;">&nbsp;&nbsp;CLASS/METHOD&nbsp;&nbsp;</legend>
<div style="color:#995300;font-weight:normal;padding:4px 0 4px 0;">tintuc/chitiet</div></fieldset>
<fieldset {fs.format(c="#0000FF")}>
<legend style="color:#0000FF;">&nbsp;&nbsp;DATABASE:&nbsp; sgddt_tq (Tintuc:$db)&nbsp;&nbsp;&nbsp;QUERIES: {len(queries)} (0.0032 seconds)&nbsp;&nbsp;</legend>
<table style="width:100%;">{qrows}</table></fieldset>
<fieldset id="ci_profiler_http_headers" {fs.format(c="#000")}>
<legend style="color:#000;">&nbsp;&nbsp;HTTP HEADERS&nbsp;&nbsp;</legend>
<table style="width:100%;">{headers}</table></fieldset>
<fieldset id="ci_profiler_config" {fs.format(c="#000")}>
<legend style="color:#000;">&nbsp;&nbsp;CONFIG VARIABLES&nbsp;&nbsp;</legend>
<table style="width:100%;">{config}</table></fieldset>
<fieldset id="ci_profiler_csession" {fs.format(c="#000")}>
<legend style="color:#000;">&nbsp;&nbsp;SESSION DATA&nbsp;&nbsp;</legend>
<table style="width:100%;"><tr><td style="padding:5px;vertical-align:top;color:#900;background-color:#ddd;">__ci_last_regenerate&nbsp;&nbsp;</td><td style="padding:5px;color:#000;background-color:#ddd;">1796436720</td></tr></table></fieldset>
</div>"""


def _limit(title: str, n: int = 70) -> str:
    """CI's ``character_limiter()``: whole words up to about n characters, then "…"."""
    if len(title) <= n:
        return title
    out = ""
    for word in title.split(" "):
        out += word + " "
        if len(out) >= n:
            break
    return out.rstrip() + "…"


def article(request: Request, s: Story) -> Response:
    posted = s.opts["posted"]
    cat = CATS[s.cat]
    others = [o for o in _sorted(s.cat) if o.id != s.id][:4]
    other_lis = "".join(
        f'<li><a href="{art_href(o)}">{esc(o.title)}</a> <span class="ngay_nho">({_date_short(o)})</span></li>'
        for o in others
    )
    first_text = next(b.text for b in s.blocks if isinstance(b, P))
    meta_desc = _stored(s, _limit(s.summary or first_text, 200))
    head = (
        f'<meta name="description" content="{esc(meta_desc)}" />\n'
        f'<meta property="og:url" content="{esc(base_url(request) + request.path)}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:description" content="{esc(meta_desc)}" />\n'
    )
    if s.images:
        head += f'<meta property="og:image" content="{esc(base_url(request) + s.images[0].src)}" />\n'
    sapo = ""
    if s.summary and s.sapo_outside:
        sapo = f'<div class="mota_ct"><b>{esc(s.summary)}</b></div>'
    inner = ""
    if s.opts.get("php_error_before"):
        inner += _PHP_ERROR.format(what=f"variable: {s.opts['php_error_before']}", line=57)
    inner += (
        f'<div class="docbao_tts" id="tts_{s.id}"><span class="nhan_tts"><img src="public/images/icon_loa.png" alt="" /> '
        'Nghe đọc bài viết:</span> <select id="giong_doc" class="chon_giong"><option value="nu_bac">Giọng nữ miền Bắc</option>'
        '<option value="nam_bac">Giọng nam miền Bắc</option><option value="nu_nam">Giọng nữ miền Nam</option></select> '
        f'<audio id="audio_tin" controls="controls" preload="none" src="uploads/audio/tin-{s.id}.mp3"></audio></div>\n'
    )
    if s.opts.get("keywords"):
        inner += (
            '<div class="tk_seo" style="display:none">sở giáo dục và đào tạo tuyên quang, '
            f"sgd tuyên quang, tin tức giáo dục tuyên quang, {esc(s.opts['keywords'])}</div>\n"
        )
    inner += render_text(s)
    if s.opts.get("php_error_after"):
        inner += _PHP_ERROR.format(what=f"property: stdClass::${s.opts['php_error_after']}", line=88)
    fields = ""
    if s.opts.get("nguoi_dang"):
        fields += f'<div class="tg_bai">Người đăng: <b>{esc(s.opts["nguoi_dang"])}</b></div>'
    if s.opts.get("nguon"):
        name, url = s.opts["nguon"]
        fields += f'<div class="nguon_bai">Nguồn: <a href="{esc(url)}" target="_blank" rel="nofollow">{esc(name)}</a></div>'
    tags = ", ".join(f'<span class="tag_i">{esc(k.strip())}</span>' for k in s.opts.get("keywords", "").split(","))
    main = f"""
<div class="dh_vitri"><a href="./">Trang chủ</a> <span>»</span> <span>Tin tức</span> <span>»</span> <a href="tin-tuc/danh-muc/{s.cat}">{esc(cat)}</a></div>
<div class="ct_tintuc" id="ct_{s.id}">
  <h2 class="tde_ct">{esc(s.title)}{_new_gif(s)}</h2>
  <div class="tt_ngaydang"><img src="public/images/icon_lich.gif" alt="" /> {thu_ngay(posted.date())} - {gio_vn(posted)}
    &nbsp;|&nbsp; Lượt xem: {s.views()}
    <span class="cong_cu"><a href="javascript:void(0)" class="giam_font" title="Giảm cỡ chữ">A-</a> <a href="javascript:void(0)" class="tang_font" title="Tăng cỡ chữ">A+</a>
    <a href="javascript:window.print()" title="In bài viết"><img src="public/images/icon_print.gif" alt="In" /></a>
    <a href="mailto:?subject={esc(s.title)}" title="Gửi email"><img src="public/images/icon_email.gif" alt="Email" /></a></span></div>
  {sapo}
  <div id="nd_chitiet" class="noidung_ct">
{inner}
  </div>
  {fields}
  <div class="tu_khoa_ct"><b>Từ khóa:</b> {tags}</div>
  <div class="chia_se"><div class="fb-like" data-href="{esc(base_url(request) + request.path)}" data-layout="button_count" data-action="like" data-share="true"></div>
    <div class="zalo-share-button" data-href="" data-oaid="579745863508352884" data-layout="1" data-color="blue"></div></div>
  <div class="tin_khac"><div class="tde_tk">Các tin khác</div><ul>{other_lis}</ul></div>
</div>"""
    tail = _profiler(request, s) if s.opts.get("profiler") else ""
    body = page(
        request,
        f"{_limit(s.title)} | {SITE_SHORT}",
        main,
        active="Tin tức",
        head_extra=head,
        tail_extra=tail,
    )
    return _respond_page(body)


def van_ban_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="van-ban/chi-tiet/{d["id"]}/{d["slug"]}.html">{esc(d["so"])}</a></td>'
        f'<td>{esc(d["ngay"])}</td><td>{esc(d["trich_yeu"])}</td>'
        f'<td><a href="van-ban/tai-ve/{d["id"]}"><img src="public/images/icon_pdf.gif" alt="Tải về" /></a></td></tr>'
        for n, d in enumerate(DOCS, 1)
    )
    main = f"""
<div class="dh_vitri"><a href="./">Trang chủ</a> <span>»</span> <a href="van-ban">Văn bản</a></div>
<div class="khung_vb"><div class="tde_dm">Văn bản chỉ đạo, điều hành</div>
<table class="bang_vb" border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>{rows}</table></div>"""
    return _respond_page(page(request, f"Văn bản | {SITE_SHORT}", main, active="Văn bản"))


def van_ban(request: Request, d: dict) -> Response:
    main = f"""
<div class="dh_vitri"><a href="./">Trang chủ</a> <span>»</span> <a href="van-ban">Văn bản</a></div>
<div class="ct_vanban"><h2 class="tde_ct">{esc(d["loai"])} số {esc(d["so"])}</h2>
<table class="tt_vb" border="1" cellpadding="5" cellspacing="0" width="100%">
<tr><td width="30%">Số/Ký hiệu</td><td>{esc(d["so"])}</td></tr>
<tr><td>Ngày ban hành</td><td>{esc(d["ngay"])}</td></tr>
<tr><td>Loại văn bản</td><td>{esc(d["loai"])}</td></tr>
<tr><td>Cơ quan ban hành</td><td>{esc(d["co_quan"])}</td></tr>
<tr><td>Người ký</td><td>{esc(d["nguoi_ky"])}</td></tr>
<tr><td>Trích yếu</td><td>{esc(d["trich_yeu"])}</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="van-ban/tai-ve/{d["id"]}">{d["so"].replace("/", "-")}.pdf</a></td></tr>
</table></div>"""
    return _respond_page(page(request, f"{d['loai']} số {d['so']} | {SITE_SHORT}", main, active="Văn bản"))


def intro(request: Request, slug: str) -> Response:
    title, paras = INTRO[slug]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = f"""
<div class="dh_vitri"><a href="./">Trang chủ</a> <span>»</span> <span>Giới thiệu</span> <span>»</span> {esc(title)}</div>
<div class="ct_gioithieu"><h2 class="tde_ct">{esc(title)}</h2><div class="noidung_ct">{body}</div></div>"""
    return _respond_page(page(request, f"{title} | {SITE_SHORT}", main, active="Giới thiệu"))


def contact(request: Request) -> Response:
    main = """
<div class="dh_vitri"><a href="./">Trang chủ</a> <span>»</span> Liên hệ</div>
<div class="ct_lienhe_trang"><h2 class="tde_ct">Liên hệ</h2>
<p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</b></p>
<p>Địa chỉ: Số 07, đường Hoàng Hoa Thám, phường Minh Xuân, tỉnh Tuyên Quang</p>
<p>Điện thoại: 0207.3822.516 - Email: sgddt@tuyenquang.gov.vn</p>
<form id="frm_lienhe" action="lien-he/gui" method="post">
<table><tr><td>Họ và tên (*)</td><td><input type="text" name="ho_ten" /></td></tr>
<tr><td>Email (*)</td><td><input type="text" name="email" /></td></tr>
<tr><td>Tiêu đề</td><td><input type="text" name="tieu_de" /></td></tr>
<tr><td>Nội dung (*)</td><td><textarea name="noi_dung" rows="6" cols="50"></textarea></td></tr>
<tr><td>Mã xác nhận</td><td><img src="lien-he/captcha.jpg" alt="captcha" /> <input type="text" name="captcha" size="6" /></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ" /></td></tr></table></form></div>"""
    return _respond_page(page(request, f"Liên hệ | {SITE_SHORT}", main, active="Liên hệ"))


def albums(request: Request) -> Response:
    a = ALBUM
    main = f"""
<div class="dh_vitri"><a href="./">Trang chủ</a> <span>»</span> <a href="thu-vien-anh">Thư viện ảnh</a></div>
<div class="ds_album"><div class="album_i"><a href="thu-vien-anh/album/{a['id']}/{a['slug']}.html"><img src="{a['photos'][0][1:]}" width="200" alt="" /></a>
<a href="thu-vien-anh/album/{a['id']}/{a['slug']}.html">{esc(a['title'])}</a> ({len(a['photos'])} ảnh)</div></div>"""
    return _respond_page(page(request, f"Thư viện ảnh | {SITE_SHORT}", main, active="Thư viện ảnh"))


def album(request: Request) -> Response:
    a = ALBUM
    photos = "".join(
        f'<a class="fancybox" rel="album_{a["id"]}" href="{p[1:]}"><img src="{p[1:]}" width="160" alt="" /></a>'
        for p in a["photos"]
    )
    main = f"""
<div class="dh_vitri"><a href="./">Trang chủ</a> <span>»</span> <a href="thu-vien-anh">Thư viện ảnh</a></div>
<div class="ct_album"><h2 class="tde_ct">{esc(a['title'])}</h2><div class="luoi_anh">{photos}</div></div>"""
    return _respond_page(page(request, f"{a['title']} | {SITE_SHORT}", main, active="Thư viện ảnh"))


def search(request: Request) -> Response:
    q = request.params.get("tu_khoa", "").strip().lower()
    hits = [s for s in _sorted() if q and q in s.title.lower()]
    rows = "".join(
        f'<li><a href="{art_href(s, index_php=True)}">{esc(s.title)}</a> ({_date_short(s)})</li>' for s in hits
    )
    main = f"""
<div class="dh_vitri"><a href="./">Trang chủ</a> <span>»</span> Tìm kiếm</div>
<div class="kq_tim"><p>Tìm thấy {len(hits)} kết quả cho từ khóa: <b>{esc(q)}</b></p><ul>{rows}</ul></div>"""
    return _respond_page(page(request, f"Tìm kiếm | {SITE_SHORT}", main))


# --- routing ---------------------------------------------------------------------------------

_ART = re.compile(r"/tin-tuc/chi-tiet/(\d+)/([^/]+?)(?:\.html)?")
_CAT = re.compile(r"/tin-tuc/danh-muc/([a-z0-9-]+)(?:/(\d+))?/?")
_DOC = re.compile(r"/van-ban/chi-tiet/(\d+)/([^/]+?)(?:\.html)?")
_DOC_DL = re.compile(r"/van-ban/tai-ve/(\d+)")
_INTRO = re.compile(r"/gioi-thieu/([a-z0-9-]+?)(?:\.html)?")
_ALBUM = re.compile(r"/thu-vien-anh/album/(\d+)/([^/]+?)(?:\.html)?")
_FILES = {
    "/uploads/files/2026/12/2415-TB-SGDDT.pdf",
    "/uploads/files/2026/11/KQ-vong2-XTVC2026.pdf",
}


def _pdf() -> Response:
    return Response(200, PDF, {"Content-Type": "application/pdf"})


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        # CodeIgniter answers every route with and without the front controller (trap 2)
        if path in ("/index.php", "/index.php/"):
            path = "/"
        elif path.startswith("/index.php/"):
            path = path[len("/index.php") :]
        if path in _FILES:
            return _pdf()
        if path.startswith(("/public/", "/uploads/")) or path == "/favicon.ico":
            return static_file(path)
        if request.method == "POST":
            return None
        if path == "/":
            return home(request)
        if m := _ART.fullmatch(path):
            s = BY_ID.get(int(m.group(1)))
            return article(request, s) if s else None
        if m := _CAT.fullmatch(path):
            slug = m.group(1)
            if slug not in CATS:
                return None
            return listing(request, slug, int(m.group(2) or 0))
        if path == "/van-ban":
            return van_ban_list(request)
        if m := _DOC.fullmatch(path):
            d = DOC_BY_ID.get(int(m.group(1)))
            return van_ban(request, d) if d else None
        if m := _DOC_DL.fullmatch(path):
            return _pdf() if int(m.group(1)) in DOC_BY_ID else None
        if m := _INTRO.fullmatch(path):
            return intro(request, m.group(1)) if m.group(1) in INTRO else None
        if path in ("/lien-he.html", "/lien-he"):
            return contact(request)
        if path == "/thu-vien-anh":
            return albums(request)
        if m := _ALBUM.fullmatch(path):
            return album(request) if int(m.group(1)) == ALBUM["id"] else None
        if path == "/tim-kiem":
            return search(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------

#: the old slugs the mid-text "Tin liên quan" boxes link (trap 8)
OLD_SLUGS = {
    1219: "cong-doan-nganh-giao-duc-trao-mai-am-cong-doan",
    1212: "truong-thpt-chuyen-to-chuc-ngay-hoi-stem",
}


def _gold(s: Story) -> dict:
    alts = ["/index.php" + art_path(s)]
    if s.id in OLD_SLUGS:
        alts.append(art_path(s, OLD_SLUGS[s.id]))
    return gold_record(s, art_path(s), CATS[s.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]
