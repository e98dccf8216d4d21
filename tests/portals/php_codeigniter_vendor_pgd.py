"""Phòng Giáo dục và Đào tạo huyện Đông Anh (Hà Nội) on a CodeIgniter 3 vendor portal.

Platform
--------
A CodeIgniter 3 application sold by a small vendor to district education offices
("Cổng thông tin PGD&ĐT", theme ``pgd_red``): a red banner with the office's name, a mega menu,
home blocks "Tin tức - Sự kiện", "Thông báo", "Văn bản chỉ đạo", "Lịch công tác", "Liên kết",
a right column (Tin đọc nhiều, Liên kết website, Thăm dò ý kiến, Thống kê truy cập). URLs are
CodeIgniter's with ``index.php`` removed by the rewrite rule; every page prints
``<base href="<?= base_url() ?>">`` and all its links are relative *without* a leading slash
(``tin-tuc/chi-tiet/1248-….html``). Listings use CodeIgniter's Pagination library with
``use_page_numbers = FALSE``: the URL's last segment is an *offset* (10, 20 …), the links carry
``data-ci-pagination-page`` and ``rel="start|prev|next"``, the current page is a dead ``href="#"``.
Every answer sets a ``ci_session`` cookie; forms carry a CSRF hidden field that changes per request;
the "Lượt xem" counter goes up on every hit, so the same page never comes back byte-identical.

URL scheme
----------
- ``/`` home;
- ``/tin-tuc/danh-muc/<slug>`` and ``/tin-tuc/danh-muc/<slug>/<offset>`` (10 per page);
- ``/tin-tuc/chi-tiet/<id>-<slug>.html`` article (routed by the id alone: any slug serves it);
  ``/tin-tuc/chi-tiet/<id>.html`` (the pre-2024 form) answers 301 to the slugged URL;
- ``/tin-tuc/in/<id>`` print view (``onload="window.print()"``);
- ``/van-ban`` document register, ``/van-ban/chi-tiet/<id>`` one document;
- ``/uploads/files/<file>`` attachments, ``/uploads/images/…`` photos, ``/public/frontend/…`` theme;
- ``/gioi-thieu``, ``/lien-he``, ``/lich-cong-tac``, ``/tim-kiem?tu_khoa=…``;
- every route also answers under ``/index.php/…`` (the front controller still routes it).

Page templates
--------------
- listing: ``div.khung-ds > div.tin-dm`` items (thumb, ``h3 > a`` title cut to 90 characters
  with the full one in ``title=``, "Ngày: dd/mm/yyyy", an excerpt), then
  ``div.phan-trang > ul.pagination``;
- article: ``div.duong-dan`` breadcrumb, ``h2.td-tin`` headline, ``div.tt-dang`` line
  "Ngày: 02/12/2026 | Tác giả: … | Lượt xem: …", a tool bar (font size, print, e-mail, share),
  optional ``div.tomtat-ct`` sapo, the text in ``div#noidung_ct.nd-tin`` (TinyMCE's HTML as stored),
  optional "Cập nhật:" line, ``div.dk-file`` attachments table, ``div.cong-cu-duoi`` tools,
  ``div.tin-khac`` "Các tin khác" (the five newest others of the article's own category);
- print view: the same headline, date, sapo and stored text, with the page's address at the end;
- a missing article id: a full page with the breadcrumb and "Bài viết không tồn tại hoặc đã bị
  gỡ bỏ!", status 200 (the vendor's controller loads a view instead of calling ``show_404()``).

Categories: "Tin tức - Sự kiện" (``tin-tuc-su-kien``) lists its own articles *and* those of its
child "Hoạt động chuyên môn" (``hoat-dong-chuyen-mon``), newest first; "Thông báo" (``thong-bao``).

How each gold article is reached
--------------------------------
- 1248, 1246, 1243, 1241, 1238: home block "Tin tức - Sự kiện", page 1 of ``tin-tuc-su-kien``;
- 1236, 1233, 1229, 1224, 1219: page 1 of ``tin-tuc-su-kien`` (1241, 1229, 1248 also on the child
  listing ``hoat-dong-chuyen-mon``); 1224 also through a stale slug in "Tin đọc nhiều" and an
  ``index.php`` link in 1233's "Xem thêm:" line; 1238 also through the 301 in the home marquee;
- 1214, 1208: **only** ``/tin-tuc/danh-muc/tin-tuc-su-kien/10`` (page 2: offset 10);
- 1245: "Thông báo" block on the home page (an ``index.php/…`` link) and the ``thong-bao`` listing.

Traps
-----
1. ``<base href>`` with relative links (kind not in the README): every href and src is relative
   without a leading slash and only makes sense against ``<base href="http://host/">``. Resolved
   against the page's own URL they give ``/tin-tuc/danh-muc/tin-tuc/chi-tiet/…`` or
   ``/tin-tuc/chi-tiet/tin-tuc/chi-tiet/…``, which answer 404. Gold: image paths resolved
   against the base (``/uploads/images/…``).
2. Offset pagination: "1 2 >" where "2" is ``…/tin-tuc-su-kien/10`` and "1"/"<" go back to the
   bare category URL; the current page is ``href="#"`` (which the base turns into the home page).
   Any offset answers (``…/2`` is a listing starting at the 3rd item): page numbers guessed into the
   URL give overlapping listings, not new pages. Gold: 1214 and 1208 are reachable only at
   offset 10.
3. Parent listing aggregates a child category (kind not in the README): 1248, 1241 and 1229 are
   listed under "Tin tức - Sự kiện" but filed in "Hoạt động chuyên môn", as their breadcrumb
   says ("Trang chủ » Tin tức - Sự kiện » Hoạt động chuyên môn"). Gold category: the breadcrumb's
   last crumb, not the listing that linked the article.
4. One article, many URLs: the print view ``/tin-tuc/in/<id>`` (linked from every article), the
   ``/index.php/…`` form (home "Thông báo" block, 1233's "Xem thêm:"), a stale slug kept in the
   "Tin đọc nhiều" cache (``1224-phat-dong-thang-hanh-dong-vi-binh-dang-gioi.html``: the route
   reads only the id) and the legacy ``/tin-tuc/chi-tiet/1238.html`` (301). Gold: one record each,
   the current slugged URL; the others in ``alt_paths``. The page prints ``og:url`` (no canonical).
5. Soft 404 (kind not in the README): "Tin đọc nhiều" still lists a deleted article,
   ``tin-tuc/chi-tiet/1197-ket-qua-xet-tuyen-vien-chuc-giao-duc-nam-2026.html``; it answers 200
   with the whole chrome, a breadcrumb, an ``h2`` "Thông báo" and "Bài viết không tồn tại hoặc
   đã bị gỡ bỏ!". Gold: no record (neither article nor NON_ARTICLE).
6. Lazy images (kind not in the README): in 1246 and 1214 photos are printed by jQuery Lazy Load
   as ``<img class="lazy" src="public/frontend/img/grey.gif" data-original="uploads/…jpg">`` with
   no ``<noscript>``. Gold: the ``data-original`` photos, never the grey placeholder.
7. Headline vs. site name vs. ``<title>`` (kind not in the README): the banner's ``h1`` is the
   office's name; ``<title>`` and ``og:title`` are cut by ``character_limiter(…, 60)`` with "…";
   listings cut link texts at 90 characters. Gold: the full ``h2.td-tin`` headline.
8. Layout table vs. data table (kind not in the README): in 1248 and 1236 each photo sits in a
   two-row ``table.tbl-hinh`` whose second row is its caption (caption, not a body row); in 1238
   a real statistics table is part of the text (rows with cells joined by " | ").
9. Bylines: "Tác giả:" in the date line holds a CMS account ("pgddonganh", "Admin"), "BBT", a
   unit ("Bộ phận Tiểu học", "Trường MN Hoa Sen"), a person, or nothing at all. The real
   author may close the text right-aligned: "Tin, ảnh: Nguyễn Thị Thu Hà" (author and
   photographer), "Tin: Đỗ Minh Tuấn - Ảnh: Trần Thu Trang", "ThS. Phạm Thị Lan Anh - Chuyên
   viên Phòng GD&ĐT" (name only). A photo line "Ảnh: Quang Huy" / "Ảnh: Lê Minh Đức" is a credit,
   not a caption.
10. Dates: day-first "dd/mm/yyyy" with days ≤ 12 (12/11, 06/11, 05/10: a month-first parser reads
    another month); a "Cập nhật: 05/12/2026 07:40" line below the text carries a time the date
    line does not; the notice 1245 was posted "Ngày: 01/12/2026" but is dated "Đông Anh, ngày 30
    tháng 11 năm 2026" in its letterhead. Gold: the day of the date line; the letterhead's day for
    the notice; never the update line, never the header's "Thứ Bảy, 05/12/2026".
11. Encodings: 1243 was saved by TinyMCE with ``entity_encoding: "named"`` (``&agrave;``,
    ``&ocirc;`` … next to raw "ự", "đ"); 1236 was typed on a machine that stores decomposed Unicode
    (NFD, title included). Gold: NFC text.
12. Word paste (1241): ``p.MsoNormal`` paragraphs with ``<o:p>``; list items whose bullet "·" is a
    ``mso-list:Ignore`` span (no text); one line where the editor typed "- " (kept).
13. Widgets inside the text's container: 1224 has a "Tin liên quan:" box and a Facebook video
    iframe inside ``div#noidung_ct``, plus a footnote call "[1]" and its note; 1233 ends with
    "Xem thêm: <link>"; between the headline and the text sit the date line and a tool bar
    ("Cỡ chữ A- A A+ | In bài | Gửi email"); after it the attachment table ("File đính kèm").
    Gold: none of those widgets is text; the footnote call stays glued ("…kịp thời.[1]") and the
    note is a paragraph of the text.

Gold decisions on ambiguous points
----------------------------------
- ``published_at``: article pages print the day only ("Ngày: 02/12/2026"; listings too): the day
  alone, "2026-12-02". The "Cập nhật:" time belongs to the update, not to the publication.
- ``summary``: the ``div.tomtat-ct`` sapo (1248, 1243: printed outside the text, gold body starts
  with it) or a bold first paragraph (1246, 1238, 1229); the meta description the vendor fills
  from the text's first 160 characters is not a sapo (null elsewhere).
- ``category``: the breadcrumb's last crumb ("Hoạt động chuyên môn" for 1248, 1241, 1229).
- The notice 1245 follows the house's official-document rule: letterhead, "THÔNG BÁO", its
  subject line, "Nơi nhận" and the signature block are not body; signer "Nguyễn Mạnh Cường" is
  the author; "Tác giả: Admin" is nobody.
- "🏆" typed at the start of 1219's first paragraph is text; the ``<img alt="👉">`` drawn at the
  start of a later line is that line's bullet (no text, not an image).
- "Lịch công tác" (one week's table, no navigation to other weeks), "Giới thiệu", "Liên hệ" and
  the three document entries are NON_ARTICLES; listings, the document register and the search page
  are neither.
- Attachments (``/uploads/files/…``) are files, not pages: no record.
"""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from html.entities import codepoint2name

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "php_codeigniter_vendor_pgd"
PLATFORM = "CodeIgniter 3 vendor portal (district education office, theme pgd_red)"
START_PATH = "/"

HEADER_DAY = "Thứ Bảy, 05/12/2026"
SITE = "Phòng Giáo dục và Đào tạo huyện Đông Anh"
PER_PAGE = 10

#: slug -> (name as the menu and breadcrumb print it, parent slug)
CATS: dict[str, tuple[str, str | None]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", None),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", "tin-tuc-su-kien"),
    "thong-bao": ("Thông báo", None),
}

IMG = "uploads/images/tin-tuc"
GREY = "public/frontend/img/grey.gif"

# --- the articles ----------------------------------------------------------------------------

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="width:40%;text-align:center;vertical-align:top">'
    "<p>UBND HUYỆN ĐÔNG ANH<br /><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></p>"
    "<p>Số: 412/TB-PGDĐT</p></td>"
    '<td style="width:60%;text-align:center;vertical-align:top">'
    "<p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />"
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>"
    "<p><em>Đông Anh, ngày 30 tháng 11 năm 2026</em></p></td>"
    "</tr></tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align:center"><strong>Về việc tổ chức Hội khỏe Phù Đổng huyện Đông Anh'
    " lần thứ XII năm 2027</strong></p>"
)
_SIGNATURE = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><p><strong><em>Nơi nhận:</em></strong><br />'
    "- Như trên;<br />- Lãnh đạo Phòng;<br />- Lưu: VT.</p></td>"
    '<td style="width:50%;text-align:center;vertical-align:top">'
    "<p><strong>KT. TRƯỞNG PHÒNG<br />PHÓ TRƯỞNG PHÒNG</strong></p>"
    "<p><em>(Đã ký)</em></p><p><strong>Nguyễn Mạnh Cường</strong></p></td>"
    "</tr></tbody></table>"
)


def _right(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


STORIES: list[Story] = [
    Story(
        id=1248,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027: "
        "68 giáo viên bước vào vòng thực hành",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-04",
        summary="Từ ngày 30/11 đến ngày 04/12/2026, Phòng Giáo dục và Đào tạo huyện Đông Anh tổ chức "
        "vòng thực hành Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 với sự "
        "tham gia của 68 giáo viên đến từ 34 trường tiểu học trên địa bàn.",
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi được tổ chức nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn "
                "vững vàng, có phương pháp dạy học tích cực; đồng thời tạo cơ hội để đội ngũ giáo viên "
                "giao lưu, học hỏi, lan tỏa những cách làm hay trong thực hiện Chương trình giáo dục "
                "phổ thông 2018."
            ),
            Img(
                f"{IMG}/2026/12/gvdg-th-khai-mac.jpg",
                "Quang cảnh buổi khai mạc vòng thực hành tại Trường Tiểu học Thị trấn Đông Anh",
                "Quang cảnh buổi khai mạc vòng thực hành tại Trường Tiểu học Thị trấn Đông Anh",
                style="tbl",
            ),
            P(
                "Vòng thực hành gồm hai phần: giáo viên trình bày biện pháp nâng cao chất lượng giảng "
                "dạy trước Ban Giám khảo và thực hiện 02 tiết dạy ở hai môn học khác nhau, trong đó có "
                "01 tiết dạy bắt buộc môn Tiếng Việt hoặc Toán. Các tiết dạy được bốc thăm trước 03 "
                "ngày, thực hiện tại các lớp của trường đăng cai chứ không phải lớp do giáo viên trực "
                "tiếp chủ nhiệm."
            ),
            P(
                "Ban Giám khảo gồm 27 thành viên là chuyên viên Phòng GD&ĐT, cán bộ quản lý và giáo viên "
                "cốt cán các môn học. Sau mỗi tiết dạy, giám khảo đều dành thời gian trao đổi, góp ý "
                "thẳng thắn với giáo viên về cách tổ chức hoạt động, việc sử dụng thiết bị dạy học và "
                "khả năng phát triển phẩm chất, năng lực cho học sinh."
            ),
            Img(
                f"{IMG}/2026/12/gvdg-th-tiet-day.jpg",
                "Cô giáo Nguyễn Thị Minh Thu (Trường TH Nguyên Khê) trong tiết dạy môn Tự nhiên và "
                "Xã hội lớp 2",
                "Cô giáo Nguyễn Thị Minh Thu (Trường TH Nguyên Khê) trong tiết dạy môn Tự nhiên và "
                "Xã hội lớp 2",
                style="tbl",
            ),
            P(
                "Nhiều tiết dạy để lại ấn tượng tốt nhờ thiết kế hoạt động trải nghiệm gần gũi với thực "
                "tế địa phương, như tìm hiểu di tích Thành Cổ Loa, trò chơi học tập về nghề làm bánh "
                "truyền thống hay sử dụng bảng tương tác để học sinh tự kiểm tra kết quả học tập."
            ),
            P(
                "Phát biểu tại buổi tổng kết vòng thi, đồng chí Trưởng phòng GD&ĐT huyện đề nghị các nhà "
                "trường tiếp tục quan tâm bồi dưỡng đội ngũ, coi hội thi là dịp để rà soát, điều chỉnh "
                "cách tổ chức dạy học, không chạy theo thành tích, không “diễn” tiết dạy."
            ),
            P(
                "Kết quả hội thi sẽ được Phòng GD&ĐT công bố sau khi Ban Giám khảo hoàn thành việc tổng "
                "hợp điểm và trình Hội đồng xét duyệt."
            ),
        ],
        authors=["Bộ phận Tiểu học"],
        opts={
            "date": "04/12/2026",
            "by": "Bộ phận Tiểu học",
            "updated": "05/12/2026 07:40",
            "files": [("DS_GVDG_TH_vong_thuc_hanh.pdf", "Danh sách giáo viên tham gia vòng thực hành")],
        },
    ),
    Story(
        id=1246,
        slug="truong-thcs-co-loa-don-nhan-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        title="Trường THCS Cổ Loa đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="tin-tuc-su-kien",
        published_at="2026-12-02",
        summary="Sáng 01/12/2026, Trường THCS Cổ Loa long trọng tổ chức Lễ đón nhận Bằng công nhận "
        "trường đạt kiểm định chất lượng giáo dục cấp độ 3 và đạt chuẩn quốc gia mức độ 2 của UBND "
        "thành phố Hà Nội.",
        blocks=[
            P(
                "Sáng 01/12/2026, Trường THCS Cổ Loa long trọng tổ chức Lễ đón nhận Bằng công nhận "
                "trường đạt kiểm định chất lượng giáo dục cấp độ 3 và đạt chuẩn quốc gia mức độ 2 của "
                "UBND thành phố Hà Nội.",
                style="lead",
            ),
            P(
                "Dự buổi lễ có đại diện lãnh đạo UBND huyện Đông Anh, Phòng Giáo dục và Đào tạo, Đảng "
                "ủy, HĐND, UBND xã Cổ Loa cùng đông đảo cán bộ, giáo viên, cha mẹ học sinh và các thế hệ "
                "học sinh của nhà trường."
            ),
            Img(
                f"{IMG}/2026/12/thcs-co-loa-don-bang.jpg",
                "Lãnh đạo UBND huyện trao Bằng công nhận cho Trường THCS Cổ Loa",
                "Lãnh đạo UBND huyện trao Bằng công nhận cho Trường THCS Cổ Loa",
                style="lazy",
            ),
            P(
                "Năm học 2026 - 2027, nhà trường có 32 lớp với 1.415 học sinh, 68 cán bộ, giáo viên, "
                "nhân viên; 100% giáo viên đạt chuẩn, trong đó 41% trên chuẩn. Tỉ lệ học sinh lớp 9 thi "
                "đỗ vào lớp 10 THPT công lập năm 2026 đạt 86,3%, đứng trong tốp đầu của huyện."
            ),
            P(
                "Để đạt chuẩn mức độ 2, nhà trường đã được đầu tư xây mới khối nhà 4 tầng với 16 phòng "
                "học, phòng học bộ môn Khoa học tự nhiên, phòng Tin học, thư viện xanh và sân tập đa "
                "năng. Các điều kiện về cơ sở vật chất, thiết bị dạy học đều đáp ứng yêu cầu của Chương "
                "trình giáo dục phổ thông 2018."
            ),
            Img(
                f"{IMG}/2026/12/thcs-co-loa-van-nghe.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh nhà trường",
                "Tiết mục văn nghệ chào mừng của học sinh nhà trường",
                style="lazy",
            ),
            P(
                "Phát biểu tại buổi lễ, lãnh đạo UBND huyện ghi nhận sự nỗ lực của tập thể sư phạm nhà "
                "trường và sự chung tay của chính quyền địa phương, cha mẹ học sinh; đồng thời đề nghị "
                "nhà trường tiếp tục giữ vững danh hiệu, phát huy truyền thống hiếu học của vùng đất Cổ "
                "Loa, đổi mới quản trị và nâng cao chất lượng giáo dục toàn diện."
            ),
            _right("Tin, ảnh: Nguyễn Thị Thu Hà"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Nguyễn Thị Thu Hà"],
        opts={"date": "02/12/2026", "by": "pgddonganh"},
    ),
    Story(
        id=1245,
        slug="thong-bao-ve-viec-to-chuc-hoi-khoe-phu-dong-huyen-dong-anh-lan-thu-xii-nam-2027",
        title="Thông báo về việc tổ chức Hội khỏe Phù Đổng huyện Đông Anh lần thứ XII năm 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(_LETTERHEAD),
            P(
                "Căn cứ Kế hoạch số 295/KH-PGDĐT ngày 15/10/2026 của Phòng Giáo dục và Đào tạo huyện "
                "Đông Anh về tổ chức Hội khỏe Phù Đổng huyện Đông Anh lần thứ XII năm 2027;"
            ),
            P(
                "Phòng Giáo dục và Đào tạo thông báo tới các trường mầm non, tiểu học, trung học cơ sở "
                "trên địa bàn huyện một số nội dung như sau:"
            ),
            P(
                "1. Thời gian tổ chức: từ ngày 11/01/2027 đến ngày 22/01/2027 (lịch thi đấu chi tiết từng "
                "môn gửi kèm thông báo này)."
            ),
            P(
                "2. Địa điểm: Nhà thi đấu Trung tâm Văn hóa - Thể thao huyện Đông Anh và sân vận động "
                "huyện."
            ),
            P(
                "3. Các môn thi đấu: Điền kinh, Bơi lội, Bóng đá, Cầu lông, Bóng bàn, Cờ vua, Đá cầu, "
                "Kéo co và Nhảy dây (môn Kéo co, Nhảy dây dành cho cấp tiểu học)."
            ),
            P(
                "4. Hồ sơ đăng ký thi đấu gửi về Phòng GD&ĐT (qua bộ phận Thể chất - Y tế) trước ngày "
                "20/12/2026, đồng thời gửi bản mềm qua hộp thư điện tử của Phòng."
            ),
            P(
                "Đề nghị Hiệu trưởng các nhà trường triển khai thực hiện nghiêm túc thông báo này; trong "
                "quá trình thực hiện, nếu có vướng mắc, liên hệ đồng chí Trần Quốc Khánh, chuyên viên "
                "Phòng GD&ĐT, số điện thoại 0904.215.368./."
            ),
            Raw(_SIGNATURE),
        ],
        authors=["Nguyễn Mạnh Cường"],
        opts={
            "date": "01/12/2026",
            "by": "Admin",
            "files": [("Lich_thi_dau_HKPD_XII_2027.pdf", "Lịch thi đấu chi tiết các môn")],
        },
    ),
    Story(
        id=1243,
        slug="hon-2000-hoc-sinh-dong-anh-trai-nghiem-ngay-hoi-stem-nam-2026",
        title="Hơn 2.000 học sinh Đông Anh trải nghiệm Ngày hội STEM năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-28",
        summary="Ngày 27/11/2026, tại Trường THCS Thị trấn Đông Anh, Phòng GD&ĐT huyện tổ chức Ngày hội "
        "STEM năm 2026 với chủ đề “Sáng tạo vì cộng đồng xanh”, thu hút hơn 2.000 học sinh tiểu học và "
        "THCS tham gia.",
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội có 45 gian trưng bày sản phẩm của 45 trường tiểu học và trung học cơ sở. Mỗi "
                "gian là một không gian trải nghiệm, nơi học sinh trực tiếp giới thiệu, vận hành các mô "
                "hình do các em tự thiết kế, chế tạo trong các bài học STEM tại trường."
            ),
            Img(
                f"{IMG}/2026/11/ngay-hoi-stem-robot.jpg",
                "(Học sinh Trường Tiểu học Kim Chung giới thiệu mô hình robot phân loại rác)",
                "Học sinh Trường Tiểu học Kim Chung giới thiệu mô hình robot phân loại rác",
            ),
            P(
                "Nhiều sản phẩm gắn với nhu cầu thực tế của địa phương như hệ thống tưới rau tự động "
                "dùng cảm biến độ ẩm, mô hình lọc nước giếng khoan, thùng rác thông minh hay đèn giao "
                "thông cảnh báo tại cổng trường. Các sản phẩm đều được chế tạo từ vật liệu dễ tìm, chi "
                "phí thấp."
            ),
            P(
                "Bên cạnh khu trưng bày, ban tổ chức bố trí các khu thử thách như lắp ráp xe tự hành, "
                "bắn tên lửa nước, thiết kế cầu bằng que kem và lập trình Scratch. Học sinh các trường "
                "được chia thành đội, thi đua hoàn thành nhiệm vụ trong thời gian quy định."
            ),
            Img(f"{IMG}/2026/11/ngay-hoi-stem-ten-lua-nuoc.jpg", "Ảnh: Lê Minh Đức", None),
            P(
                "Theo đánh giá của Phòng GD&ĐT, qua ba năm triển khai giáo dục STEM, các nhà trường đã "
                "chủ động hơn trong việc xây dựng kế hoạch bài học, phối hợp giữa giáo viên các môn Khoa "
                "học tự nhiên, Công nghệ, Tin học và Toán; nhiều trường đã có phòng học STEM riêng."
            ),
            P(
                "Kết thúc ngày hội, Ban tổ chức đã trao 12 giải Nhất, 15 giải Nhì và 18 giải Ba cho các "
                "sản phẩm xuất sắc. Những sản phẩm tiêu biểu sẽ được lựa chọn tham dự Ngày hội STEM cấp "
                "thành phố dự kiến tổ chức vào tháng 3/2027."
            ),
        ],
        authors=["Lê Minh Đức"],
        photographers=["Lê Minh Đức"],
        opts={"date": "28/11/2026", "by": "Lê Minh Đức", "entities": True},
    ),
    Story(
        id=1241,
        slug="chuyen-de-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-ngu-van-cap-thcs",
        title="Chuyên đề “Sinh hoạt chuyên môn theo nghiên cứu bài học” môn Ngữ văn cấp THCS tại "
        "Trường THCS Vân Nội",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-25",
        blocks=[
            P(
                "Ngày 24/11/2026, Phòng GD&ĐT huyện Đông Anh tổ chức chuyên đề “Sinh hoạt chuyên môn "
                "theo nghiên cứu bài học” môn Ngữ văn cấp THCS tại Trường THCS Vân Nội. Tham dự chuyên "
                "đề có đại diện lãnh đạo, tổ trưởng chuyên môn và giáo viên dạy Ngữ văn của 26 trường "
                "THCS trong huyện.",
                style="mso",
            ),
            P(
                "Tiết dạy minh họa bài “Chuyện người con gái Nam Xương” (Ngữ văn 9) do cô giáo Lê Thị "
                "Hải Yến thực hiện tại lớp 9A3. Giờ học được tổ chức theo hướng học sinh làm việc nhóm, "
                "đọc hiểu văn bản qua phiếu học tập và sơ đồ tư duy; giáo viên chủ yếu quan sát, gợi mở "
                "và hỗ trợ khi cần.",
                style="mso",
            ),
            Img(f"{IMG}/2026/11/chuyen-de-ngu-van-van-noi.jpg", None, None),
            P(
                "Trong phần thảo luận, các giáo viên dự giờ không nhận xét, xếp loại tiết dạy mà tập "
                "trung phân tích hoạt động học của từng học sinh: học sinh nào chưa tham gia, vì sao; "
                "khó khăn các em gặp phải ở thời điểm nào; giáo viên có thể điều chỉnh ra sao để mọi học "
                "sinh đều được học.",
                style="mso",
            ),
            P(
                "Qua chuyên đề, các đại biểu thống nhất một số lưu ý khi tổ chức sinh hoạt chuyên môn:",
                style="mso",
            ),
            P(
                "Bài học nghiên cứu cần được tổ thiết kế chung, không giao cho một giáo viên tự chuẩn bị;",
                style="mso-li",
            ),
            P(
                "Người dự giờ ngồi ở vị trí quan sát được nét mặt, thao tác của học sinh, ghi chép bằng "
                "chứng cụ thể;",
                style="mso-li",
            ),
            P(
                "Buổi thảo luận hướng vào việc học của học sinh, tránh nhận xét ưu điểm, tồn tại của "
                "người dạy.",
                style="mso-li",
            ),
            P(
                "- Mỗi tổ chuyên môn thực hiện ít nhất 02 bài học nghiên cứu trong một học kỳ.",
                style="mso",
            ),
            P(
                "Chuyên đề đã giúp giáo viên thay đổi cách nhìn về dự giờ, góp phần xây dựng văn hóa chia "
                "sẻ, học hỏi lẫn nhau trong các tổ chuyên môn.",
                style="mso",
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><span '
                'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">ThS. Phạm Thị '
                "Lan Anh - Chuyên viên Phòng GD&amp;ĐT<o:p></o:p></span></b></p>"
            ),
        ],
        authors=["Phạm Thị Lan Anh"],
        opts={"date": "25/11/2026", "by": ""},
    ),
    Story(
        id=1238,
        slug="nganh-giao-duc-dong-anh-tuyen-duong-126-nha-giao-tieu-bieu",
        title="Ngành Giáo dục Đông Anh tuyên dương 126 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày "
        "Nhà giáo Việt Nam",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20",
        summary="Chiều 18/11/2026, UBND huyện Đông Anh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "(20/11/1982 - 20/11/2026) và tuyên dương 126 nhà giáo tiêu biểu năm học 2025 - 2026.",
        blocks=[
            P(
                "Chiều 18/11/2026, UBND huyện Đông Anh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "(20/11/1982 - 20/11/2026) và tuyên dương 126 nhà giáo tiêu biểu năm học 2025 - 2026.",
                style="lead",
            ),
            P(
                "Năm học 2025 - 2026, toàn huyện có 112 trường công lập và 46 trường ngoài công lập với "
                "gần 98.000 học sinh. Chất lượng giáo dục tiếp tục được giữ vững: huyện xếp thứ 5/30 "
                "quận, huyện trong kỳ thi tuyển sinh vào lớp 10; 23 học sinh đạt giải trong kỳ thi học "
                "sinh giỏi cấp thành phố."
            ),
            P(
                "Số trường và trường đạt chuẩn quốc gia theo từng cấp học năm học 2025 - 2026 như sau:"
            ),
            P("Cấp học | Số trường | Trường chuẩn quốc gia | Tỉ lệ", style="th"),
            P("Mầm non | 42 | 35 | 83,3%", style="tr"),
            P("Tiểu học | 40 | 38 | 95,0%", style="tr"),
            P("Trung học cơ sở | 30 | 27 | 90,0%", style="tr"),
            Img(
                f"{IMG}/2026/11/20-11-tuyen-duong.jpg",
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
            ),
            P(
                "Phát biểu tại buổi lễ, Chủ tịch UBND huyện gửi lời chúc mừng tới các thế hệ nhà giáo; "
                "đồng thời đề nghị ngành Giáo dục tập trung khắc phục tình trạng thiếu giáo viên, thiếu "
                "phòng học ở một số xã có tốc độ đô thị hóa nhanh như Kim Chung, Hải Bối, Võng La."
            ),
            Img(f"{IMG}/2026/11/20-11-van-nghe.jpg", "Ảnh: Quang Huy", None),
            P(
                "Dịp này, 126 nhà giáo có thành tích xuất sắc được Chủ tịch UBND huyện tặng Giấy khen; "
                "15 tập thể được tặng danh hiệu Tập thể lao động tiên tiến tiêu biểu."
            ),
            _right("Nguồn: Cổng thông tin điện tử huyện Đông Anh", "em"),
        ],
        photographers=["Quang Huy"],
        source="Cổng thông tin điện tử huyện Đông Anh",
        opts={"date": "20/11/2026", "by": "BBT"},
    ),
    Story(
        id=1236,
        slug="truong-mam-non-hoa-sen-to-chuc-hoi-thi-be-khoe-be-ngoan",
        title="Trường Mầm non Hoa Sen tổ chức Hội thi “Bé khỏe - Bé ngoan” chào mừng ngày Nhà giáo "
        "Việt Nam",
        cat="tin-tuc-su-kien",
        published_at="2026-11-17",
        blocks=[
            P(
                "Hòa chung không khí thi đua chào mừng 44 năm Ngày Nhà giáo Việt Nam, sáng 14/11/2026, "
                "Trường Mầm non Hoa Sen (xã Uy Nỗ) tổ chức Hội thi “Bé khỏe - Bé ngoan” cho trẻ mẫu "
                "giáo 5 - 6 tuổi."
            ),
            P(
                "Hội thi gồm ba phần: chào hỏi, thể hiện kỹ năng vận động và năng khiếu. Ở phần thi vận "
                "động, các bé tham gia bật qua vòng, bò chui qua cổng, ném bóng vào rổ và chạy tiếp sức; "
                "phần năng khiếu có các tiết mục hát, múa, đọc thơ về cô giáo và mái trường."
            ),
            Img(
                f"{IMG}/2026/11/mn-hoa-sen-be-khoe.jpg",
                "Các bé lớp 5 tuổi A2 trong phần thi vận động",
                "Các bé lớp 5 tuổi A2 trong phần thi vận động",
                style="tbl",
            ),
            P(
                "Điều đáng ghi nhận là tất cả 186 trẻ mẫu giáo lớn của trường đều được tham gia, không "
                "chọn lựa đội tuyển. Mỗi lớp xây dựng một tiết mục đồng diễn, nhờ vậy trẻ nhút nhát cũng "
                "mạnh dạn hơn khi đứng trước đông người."
            ),
            P(
                "Theo cô Nguyễn Thị Hương, Hiệu trưởng nhà trường, hội thi là dịp để đánh giá kết quả "
                "chăm sóc, giáo dục trẻ sau ba tháng đầu năm học, đồng thời giúp phụ huynh hiểu hơn về "
                "các hoạt động của con tại trường."
            ),
        ],
        authors=["Trường MN Hoa Sen"],
        opts={"date": "17/11/2026", "by": "Trường MN Hoa Sen", "nfd": True},
    ),
    Story(
        id=1233,
        slug="tap-huan-cong-tac-y-te-truong-hoc-va-phong-chong-dich-benh-mua-dong-xuan",
        title="Tập huấn công tác y tế trường học và phòng, chống dịch bệnh mùa đông - xuân năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-12",
        blocks=[
            P(
                "Ngày 11/11/2026, Phòng GD&ĐT huyện Đông Anh phối hợp với Trung tâm Y tế huyện tổ chức "
                "tập huấn công tác y tế trường học năm học 2026 - 2027 cho gần 200 nhân viên y tế, cán "
                "bộ phụ trách công tác y tế của các trường mầm non, tiểu học và THCS."
            ),
            P(
                "Tại buổi tập huấn, các báo cáo viên đã cung cấp thông tin về tình hình dịch bệnh truyền "
                "nhiễm thường gặp trong mùa đông - xuân như cúm mùa, sởi, tay chân miệng, thủy đậu; "
                "hướng dẫn cách phát hiện sớm, cách ly và thông báo ca bệnh trong trường học."
            ),
            P("Nội dung tập huấn tập trung vào ba nhóm việc chính:"),
            P(
                "Thứ nhất, kiểm tra an toàn thực phẩm tại bếp ăn bán trú, lưu mẫu thức ăn đúng quy định;",
                style="br",
            ),
            P(
                "Thứ hai, vệ sinh lớp học, nhà vệ sinh, bố trí đủ nước sạch và xà phòng rửa tay;",
                style="br",
            ),
            P(
                "Thứ ba, phối hợp với trạm y tế xã, thị trấn trong tiêm chủng và khám sức khỏe định kỳ "
                "cho học sinh.",
                style="br",
            ),
            P(
                "Phòng GD&ĐT yêu cầu các nhà trường cập nhật hồ sơ sức khỏe học sinh trên phần mềm trước "
                "ngày 15/12/2026 và báo cáo ngay khi có trường hợp mắc bệnh truyền nhiễm."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="index.php/tin-tuc/chi-tiet/1224-phat-dong-thang-'
                'hanh-dong-vi-binh-dang-gioi-va-phong-chong-bao-luc-hoc-duong-nam-2026.html">Phát động '
                "Tháng hành động vì bình đẳng giới và phòng, chống bạo lực học đường năm 2026</a></p>"
            ),
        ],
        authors=["Nguyễn Hồng Nhung"],
        opts={"date": "12/11/2026", "by": "Nguyễn Hồng Nhung"},
    ),
    Story(
        id=1229,
        slug="hoi-nghi-trien-khai-nhiem-vu-giao-duc-stem-va-chuyen-doi-so-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ giáo dục STEM và chuyển đổi số năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-06",
        summary="Ngày 05/11/2026, Phòng GD&ĐT huyện Đông Anh tổ chức hội nghị triển khai nhiệm vụ giáo "
        "dục STEM và chuyển đổi số năm học 2026 - 2027 cho cán bộ quản lý các trường tiểu học và THCS.",
        blocks=[
            P(
                "Ngày 05/11/2026, Phòng GD&ĐT huyện Đông Anh tổ chức hội nghị triển khai nhiệm vụ giáo "
                "dục STEM và chuyển đổi số năm học 2026 - 2027 cho cán bộ quản lý các trường tiểu học và "
                "THCS.",
                style="lead",
            ),
            P("Kết quả năm học trước", style="h"),
            P(
                "Năm học 2025 - 2026, 100% trường tiểu học và THCS đã xây dựng kế hoạch giáo dục STEM, "
                "mỗi khối lớp thực hiện tối thiểu 04 bài học STEM. 100% trường sử dụng sổ điểm điện tử, "
                "học bạ số; 28 trường đã kết nối hệ thống thanh toán học phí không dùng tiền mặt."
            ),
            Img(
                f"{IMG}/2026/11/hoi-nghi-stem-cds.jpg",
                "Đồng chí Phó Trưởng phòng GD&ĐT huyện triển khai nhiệm vụ năm học",
                "Đồng chí Phó Trưởng phòng GD&ĐT huyện triển khai nhiệm vụ năm học",
            ),
            P("Nhiệm vụ trọng tâm", style="h"),
            P(
                "Năm học 2026 - 2027, Phòng GD&ĐT đề nghị các nhà trường tăng thời lượng hoạt động trải "
                "nghiệm STEM, chú trọng các chủ đề gắn với nông nghiệp công nghệ cao, môi trường và an "
                "toàn giao thông; mỗi trường THCS có ít nhất một câu lạc bộ Robotics hoặc Lập trình."
            ),
            P(
                "Về chuyển đổi số, các trường hoàn thiện kho học liệu số dùng chung của huyện, triển khai "
                "thí điểm trợ lý ảo hỗ trợ tra cứu văn bản tại 10 trường và bồi dưỡng kỹ năng số cho 100% "
                "giáo viên trước tháng 3/2027."
            ),
            _right("Tin: Đỗ Minh Tuấn - Ảnh: Trần Thu Trang"),
        ],
        authors=["Đỗ Minh Tuấn"],
        photographers=["Trần Thu Trang"],
        opts={"date": "06/11/2026", "by": "Đỗ Minh Tuấn", "updated": "07/11/2026 10:05"},
    ),
    Story(
        id=1224,
        slug="phat-dong-thang-hanh-dong-vi-binh-dang-gioi-va-phong-chong-bao-luc-hoc-duong-nam-2026",
        title="Phát động Tháng hành động vì bình đẳng giới và phòng, chống bạo lực học đường năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-30",
        blocks=[
            P(
                "Sáng 29/10/2026, tại Trường THCS Liên Hà, Phòng GD&ĐT huyện Đông Anh phối hợp với Huyện "
                "đoàn tổ chức Lễ phát động Tháng hành động vì bình đẳng giới và phòng, chống bạo lực học "
                "đường năm 2026 với chủ đề “Trường học an toàn - Không bạo lực”."
            ),
            Img(
                f"{IMG}/2026/10/phat-dong-binh-dang-gioi.jpg",
                "Học sinh Trường THCS Liên Hà biểu diễn tiểu phẩm tại lễ phát động",
                "Học sinh Trường THCS Liên Hà biểu diễn tiểu phẩm tại lễ phát động",
            ),
            P(
                "Theo số liệu khảo sát của Phòng GD&ĐT, trong năm học 2025 - 2026 toàn huyện ghi nhận 7 "
                "vụ việc học sinh xô xát, đánh nhau ngoài giờ học, giảm 5 vụ so với năm học trước; các vụ "
                "việc đều được nhà trường phát hiện và phối hợp với gia đình, công an xã xử lý kịp "
                "thời.[1]",
                style="fn",
            ),
            Raw(
                '<div class="box-tlq" style="border:1px dashed #c4161c;padding:6px 10px;margin:8px 0">'
                '<p><strong>Tin liên quan:</strong></p><ul>'
                '<li><a href="https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=10412" '
                'target="_blank">Bộ GD&amp;ĐT ban hành Kế hoạch phòng, chống bạo lực học đường giai đoạn '
                "2026 - 2030</a></li>"
                '<li><a href="tin-tuc/chi-tiet/1197-ket-qua-xet-tuyen-vien-chuc-giao-duc-nam-2026.html">'
                "Kết quả xét tuyển viên chức giáo dục năm 2026</a></li></ul></div>"
            ),
            P(
                "Tại lễ phát động, học sinh Trường THCS Liên Hà đã trình diễn tiểu phẩm sân khấu hóa về "
                "cách nhận diện các hành vi bắt nạt trên mạng xã hội và kỹ năng tìm kiếm sự giúp đỡ khi "
                "bị đe dọa. Đại diện Huyện đoàn giới thiệu đường dây nóng tư vấn tâm lý dành cho học "
                "sinh."
            ),
            P(
                "Trong tháng hành động, các nhà trường tổ chức tiết sinh hoạt dưới cờ theo chủ đề, thành "
                "lập hoặc củng cố tổ tư vấn học đường, rà soát hộp thư “Điều em muốn nói” và tăng cường "
                "phối hợp với cha mẹ học sinh trong quản lý việc sử dụng điện thoại, mạng xã hội của con "
                "em."
            ),
            Raw(
                '<p style="text-align:center"><iframe allowfullscreen="true" frameborder="0" height="314" '
                'scrolling="no" src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2F'
                'www.facebook.com%2Fpgddonganh%2Fvideos%2F1029384756&amp;show_text=0&amp;width=560" '
                'style="border:none;overflow:hidden" width="560"></iframe></p>'
            ),
            P(
                "Phòng GD&ĐT đề nghị các nhà trường báo cáo kết quả thực hiện tháng hành động trước ngày "
                "05/12/2026."
            ),
            P(
                "[1] Số liệu theo Báo cáo tổng kết năm học 2025 - 2026 của Phòng GD&ĐT huyện Đông Anh.",
                style="note",
            ),
        ],
        authors=["Ngô Thanh Tâm"],
        opts={
            "date": "30/10/2026",
            "by": "Ngô Thanh Tâm",
            "old_slug": "phat-dong-thang-hanh-dong-vi-binh-dang-gioi",
        },
    ),
    Story(
        id=1219,
        slug="hoc-sinh-dong-anh-gianh-9-giai-tai-ky-thi-olympic-tieng-anh-cap-thanh-pho",
        title="Học sinh Đông Anh giành 9 giải tại kỳ thi Olympic Tiếng Anh cấp thành phố",
        cat="tin-tuc-su-kien",
        published_at="2026-10-22",
        blocks=[
            P(
                "🏆 Tại kỳ thi Olympic Tiếng Anh dành cho học sinh tiểu học và THCS cấp thành phố năm học "
                "2026 - 2027 do Sở GD&ĐT Hà Nội tổ chức, đội tuyển huyện Đông Anh đã giành 9 giải, gồm 1 "
                "giải Nhất, 3 giải Nhì và 5 giải Ba."
            ),
            P("Các học sinh đạt giải cao gồm:"),
            P("Em Nguyễn Bảo Ngọc, lớp 9A1 Trường THCS Thị trấn Đông Anh: giải Nhất;", style="li"),
            P("Em Trần Minh Khôi, lớp 8A2 Trường THCS Cổ Loa: giải Nhì;", style="li"),
            P("Em Đặng Thùy Linh, lớp 5A3 Trường TH Kim Chung: giải Nhì;", style="li"),
            P("Em Lê Hoàng Nam, lớp 9A4 Trường THCS Uy Nỗ: giải Nhì.", style="li"),
            Img(
                f"{IMG}/2026/10/olympic-tieng-anh.jpg",
                "Đội tuyển Olympic Tiếng Anh huyện Đông Anh cùng các thầy cô giáo ôn luyện",
                "Đội tuyển Olympic Tiếng Anh huyện Đông Anh cùng các thầy cô giáo ôn luyện",
            ),
            P(
                "Kỳ thi năm nay có hơn 1.200 thí sinh của 30 quận, huyện, thị xã tham dự. Đề thi gồm các "
                "phần nghe, đọc hiểu, viết và nói, trong đó phần nói được thực hiện trực tiếp với giám "
                "khảo là giáo viên bản ngữ."
            ),
            P(
                "Để chuẩn bị cho kỳ thi, Phòng GD&ĐT đã tổ chức ôn luyện tập trung cho đội tuyển trong 6 "
                "tuần tại Trường THCS Thị trấn Đông Anh, mời giảng viên Trường Đại học Ngoại ngữ - ĐHQG "
                "Hà Nội hỗ trợ luyện kỹ năng nói.",
                style="emoji",
            ),
            P(
                "Thành tích này góp phần khẳng định hiệu quả của việc đổi mới dạy học ngoại ngữ trong các "
                "nhà trường, nhất là việc tăng cường hoạt động giao tiếp và các câu lạc bộ tiếng Anh sau "
                "giờ học."
            ),
        ],
        authors=["Trần Thu Trang"],
        opts={"date": "22/10/2026", "by": "Trần Thu Trang"},
    ),
    Story(
        id=1214,
        slug="truong-thcs-uy-no-ra-mat-cau-lac-bo-van-hoa-doc",
        title="Trường THCS Uy Nỗ ra mắt Câu lạc bộ Văn hóa đọc",
        cat="tin-tuc-su-kien",
        published_at="2026-10-14",
        blocks=[
            P(
                "Chiều 13/10/2026, Trường THCS Uy Nỗ tổ chức ra mắt Câu lạc bộ Văn hóa đọc với 85 thành "
                "viên là học sinh các khối lớp 6, 7, 8, 9 cùng 12 giáo viên phụ trách."
            ),
            Img(
                f"{IMG}/2026/10/thcs-uy-no-clb-doc.jpg",
                "Học sinh Trường THCS Uy Nỗ đọc sách tại thư viện xanh của nhà trường",
                "Học sinh Trường THCS Uy Nỗ đọc sách tại thư viện xanh của nhà trường",
                style="lazy",
            ),
            P(
                "Câu lạc bộ sinh hoạt định kỳ vào chiều thứ Sáu hằng tuần tại thư viện xanh của nhà "
                "trường. Mỗi buổi sinh hoạt có một chủ đề riêng như giới thiệu sách hay, đọc diễn cảm, vẽ "
                "tranh minh họa, đóng kịch theo tác phẩm văn học hoặc viết cảm nhận sau khi đọc."
            ),
            P(
                "“Chúng em mong câu lạc bộ sẽ là nơi để các bạn tìm thấy niềm vui với những trang sách, "
                "bớt thời gian dành cho điện thoại”, em Phạm Ngọc Ánh, lớp 8A1, Chủ nhiệm câu lạc bộ chia "
                "sẻ.",
                style="quote",
            ),
            P(
                "Nhân dịp ra mắt, Ban đại diện cha mẹ học sinh và các cựu học sinh đã trao tặng nhà "
                "trường hơn 600 cuốn sách thuộc nhiều thể loại, góp phần làm phong phú thêm tủ sách thư "
                "viện."
            ),
        ],
        authors=["Vũ Thị Mai"],
        opts={"date": "14/10/2026", "by": "Vũ Thị Mai"},
    ),
    Story(
        id=1208,
        slug="dong-anh-tong-ket-thang-an-toan-giao-thong-cho-hoc-sinh-dau-nam-hoc-2026-2027",
        title="Đông Anh tổng kết Tháng an toàn giao thông cho học sinh đầu năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-05",
        blocks=[
            P(
                "Ngày 03/10/2026, Phòng GD&ĐT huyện Đông Anh phối hợp với Đội Cảnh sát giao thông - Trật "
                "tự Công an huyện tổ chức tổng kết Tháng an toàn giao thông cho học sinh đầu năm học "
                "2026 - 2027."
            ),
            P(
                "Theo kế hoạch, trong tháng 9/2026, 100% các trường đã tổ chức tuyên truyền Luật Trật tự, "
                "an toàn giao thông đường bộ trong buổi lễ khai giảng và các tiết sinh hoạt dưới cờ; "
                "43.500 học sinh và cha mẹ học sinh đã ký cam kết chấp hành quy định về an toàn giao "
                "thông."
            ),
            Img(
                f"{IMG}/2026/10/atgt-tong-ket.jpg",
                "Cán bộ Cảnh sát giao thông hướng dẫn học sinh đội mũ bảo hiểm đúng cách",
                "Cán bộ Cảnh sát giao thông hướng dẫn học sinh đội mũ bảo hiểm đúng cách",
            ),
            P(
                "Lực lượng cảnh sát giao thông đã phối hợp với các nhà trường bố trí người hướng dẫn, "
                "phân luồng tại cổng 27 trường có lưu lượng phương tiện lớn vào giờ tan học; nhắc nhở hơn "
                "300 trường hợp học sinh đi xe đạp điện không đội mũ bảo hiểm."
            ),
            P(
                "Tại hội nghị, 15 tập thể và 22 cá nhân có thành tích xuất sắc được tặng Giấy khen. Phòng "
                "GD&ĐT đề nghị các nhà trường duy trì mô hình “Cổng trường an toàn giao thông” trong suốt "
                "năm học."
            ),
            _right("Theo Báo Hà Nội Mới", "em"),
        ],
        authors=["Hoàng Anh"],
        source="Báo Hà Nội Mới",
        opts={"date": "05/10/2026", "by": "Hoàng Anh"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: the deleted article "Tin đọc nhiều" still links
DELETED = (1197, "ket-qua-xet-tuyen-vien-chuc-giao-duc-nam-2026")
#: (id, slug, title) of the "Tin đọc nhiều" box, as its cache holds it
MOST_READ = [
    (1238, BY_ID[1238].slug, BY_ID[1238].title),
    (1224, BY_ID[1224].opts["old_slug"], "Phát động Tháng hành động vì bình đẳng giới"),
    (1246, BY_ID[1246].slug, BY_ID[1246].title),
    (DELETED[0], DELETED[1], "Kết quả xét tuyển viên chức giáo dục năm 2026"),
    (1243, BY_ID[1243].slug, BY_ID[1243].title),
]

DOCS = {
    41: {
        "so": "1856/PGDĐT-TH",
        "ngay": "28/11/2026",
        "loai": "Công văn",
        "trich_yeu": "V/v hướng dẫn tổ chức vòng thực hành Hội thi Giáo viên dạy giỏi cấp huyện bậc "
        "Tiểu học năm học 2026 - 2027",
        "ky": "Nguyễn Mạnh Cường",
        "file": "CV_1856_PGDDT_TH.pdf",
    },
    38: {
        "so": "287/KH-PGDĐT",
        "ngay": "02/11/2026",
        "loai": "Kế hoạch",
        "trich_yeu": "Kế hoạch thực hiện nhiệm vụ giáo dục STEM và chuyển đổi số năm học 2026 - 2027",
        "ky": "Lê Thị Thanh Bình",
        "file": "KH_287_STEM_CDS_2026_2027.pdf",
    },
    33: {
        "so": "1540/PGDĐT-VP",
        "ngay": "09/10/2026",
        "loai": "Công văn",
        "trich_yeu": "V/v báo cáo số liệu thống kê giáo dục đầu năm học 2026 - 2027",
        "ky": "Lê Thị Thanh Bình",
        "file": "CV_1540_PGDDT_VP.pdf",
    },
}

FILES = {
    name
    for story in STORIES
    for name, _label in story.opts.get("files", [])
} | {doc["file"] for doc in DOCS.values()}


def _path(story: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/chi-tiet/{story.id}-{slug or story.slug}.html"


def _rel(story: Story, slug: str | None = None) -> str:
    return _path(story, slug)[1:]


def _listing(cat: str) -> list[Story]:
    """A category's listing: its own articles and its children's, newest first."""
    cats = {cat} | {slug for slug, (_n, parent) in CATS.items() if parent == cat}
    rows = [s for s in STORIES if s.cat in cats]
    return sorted(rows, key=lambda s: (s.published_at or "", s.id), reverse=True)


# --- text as the editor stored it ----------------------------------------------------------


def _named_entities(markup: str) -> str:
    """TinyMCE ``entity_encoding: "named"``: Latin-1 letters as named entities, the rest raw."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if ord(ch) >= 128 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def _cut(value: str, limit: int) -> str:
    """CodeIgniter's character_limiter: cut at a word boundary, end with an ellipsis."""
    if len(value) <= limit:
        return value
    head = value[:limit].rsplit(" ", 1)[0].rstrip(" ,:;-")
    return head + "…"


_MSO_P = (
    '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
    'line-height:150%"><span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New '
    'Roman&quot;,serif">{}<o:p></o:p></span></p>'
)
_MSO_LI = (
    '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;text-align:justify;'
    'text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span '
    'style="font-size:14.0pt;line-height:150%;font-family:Symbol"><span style="mso-list:Ignore">·'
    '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
    '</span></span></span><!--[endif]--><span style="font-size:14.0pt;line-height:150%;'
    'font-family:&quot;Times New Roman&quot;,serif">{}<o:p></o:p></span></p>'
)


def _img_html(img: Img, story: Story, n: int) -> str:
    alt = esc(img.caption or story.title)
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-hinh" '
            'style="width:600px"><tbody><tr><td><img alt="{alt}" src="{src}" style="width:600px;'
            'height:400px" /></td></tr><tr><td style="text-align:center;background:#f3f3f3">'
            '<span style="font-size:12px"><em>{cap}</em></span></td></tr></tbody></table>'
        ).format(alt=alt, src=esc(img.src), cap=esc(img.printed or ""))
    if img.style == "lazy":
        pic = (
            f'<p style="text-align:center"><img alt="{alt}" class="lazy" data-original="{esc(img.src)}" '
            f'height="427" src="{GREY}" width="640" /></p>'
        )
    else:
        pic = (
            f'<p style="text-align:center"><img alt="{alt}" src="{esc(img.src)}" '
            f'style="width:640px;height:427px" /></p>'
        )
    if img.printed:
        pic += f'<p style="text-align:center"><em>{esc(img.printed)}</em></p>'
    return pic


def _body_html(story: Story) -> str:
    """The text as TinyMCE stored it in ``tbl_tintuc.noidung``."""
    parts: list[str] = []
    blocks = story.blocks
    i = 0
    n_img = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            parts.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            n_img += 1
            parts.append(_img_html(b, story, n_img))
            i += 1
            continue
        style = b.style
        if style in ("li",):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            parts.append("<ul>" + "".join(items) + "</ul>")
            continue
        if style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    tds = "".join(
                        f'<td style="text-align:center"><strong>{esc(c)}</strong></td>' for c in cells
                    )
                else:
                    tds = "".join(f"<td>{esc(c)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                i += 1
            parts.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;'
                'border-collapse:collapse"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        if style == "br":
            # joined to the previous paragraph by <br />
            parts[-1] = parts[-1][: -len("</p>")] + f"<br />\n{esc(b.text)}</p>"
            i += 1
            continue
        t = esc(b.text)
        if style == "lead":
            parts.append(f'<p style="text-align:justify"><strong>{t}</strong></p>')
        elif style == "h":
            parts.append(f'<p><strong><span style="color:#c4161c">{t}</span></strong></p>')
        elif style == "mso":
            parts.append(_MSO_P.format(t))
        elif style == "mso-li":
            parts.append(_MSO_LI.format(t))
        elif style == "fn":
            parts.append(
                '<p style="text-align:justify">' + t.replace("[1]", "<sup>[1]</sup>") + "</p>"
            )
        elif style == "note":
            parts.append(f'<p style="text-align:justify"><span style="font-size:11px"><em>{t}</em></span></p>')
        elif style == "quote":
            parts.append(f'<blockquote><p><em>{t}</em></p></blockquote>')
        elif style == "emoji":
            parts.append(
                '<p style="text-align:justify"><img alt="👉" class="emoji" '
                'src="public/frontend/img/emoji/1f449.png" style="width:16px;height:16px" />&nbsp;'
                f"{t}</p>"
            )
        else:
            parts.append(f'<p style="text-align:justify">{t}</p>')
        i += 1
    markup = "\n".join(parts)
    if story.opts.get("entities"):
        markup = _named_entities(markup)
    if story.opts.get("nfd"):
        markup = unicodedata.normalize("NFD", markup)
    return markup


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return _cut(first, 180)


def _thumb(story: Story) -> str:
    imgs = story.images
    if imgs:
        return imgs[0].src.replace("uploads/images/tin-tuc/", "uploads/images/thumbs/tin-tuc/")
    return "public/frontend/img/no-image.jpg"


# --- the site ------------------------------------------------------------------------------


class CodeIgniterPgdSite:
    """The vendor's CodeIgniter 3 front end, as routes.php and the controllers answer."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hits = 0
        self._views: dict[int, int] = {}

    # chrome ---------------------------------------------------------------------------------

    def _tick(self) -> int:
        with self._lock:
            self._hits += 1
            return self._hits

    def _csrf(self, n: int) -> str:
        return hashlib.md5(f"csrf-{n}".encode()).hexdigest()

    def _head(self, req: Request, title: str, description: str, og: dict[str, str] | None) -> str:
        base = base_url(req) + "/"
        og_tags = "".join(
            f'<meta property="og:{k}" content="{esc(v)}" />\n' for k, v in (og or {}).items()
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<base href="{esc(base)}" />
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}" />
<meta name="keywords" content="phòng giáo dục đông anh, pgd đông anh, giáo dục đông anh, trường học đông anh" />
<meta name="author" content="{esc(SITE)}" />
{og_tags}<link rel="shortcut icon" href="public/frontend/img/favicon.ico" />
<link rel="stylesheet" href="public/frontend/bootstrap/css/bootstrap.min.css" />
<link rel="stylesheet" href="public/frontend/css/pgd_red.css?v=2.3.7" />
<script src="public/frontend/js/jquery-1.11.3.min.js"></script>
<script src="public/frontend/js/jquery.lazyload.min.js"></script>
<script>var base_url = '{esc(base)}';</script>
</head>
"""

    def _top(self, req: Request, n: int) -> str:
        menu_news = "".join(
            f'<li><a href="tin-tuc/danh-muc/{slug}">{esc(name)}</a></li>' for slug, (name, _p) in CATS.items()
        )
        newest = "".join(
            f'<li><a href="{_rel(s)}" title="{esc(s.title)}">{esc(_cut(s.title, 60))}</a></li>'
            for s in _listing("tin-tuc-su-kien")[:3]
        )
        return f"""<body class="pgd-red">
<div id="top-bar"><div class="container">
 <span class="ngay-hnay"><i class="fa fa-calendar"></i> {HEADER_DAY}</span>
 <form class="tk-nhanh" action="tim-kiem" method="get" accept-charset="utf-8">
  <input type="hidden" name="csrf_pgd_token" value="{self._csrf(n)}" />
  <input type="text" name="tu_khoa" placeholder="Nhập từ khóa tìm kiếm..." />
  <button type="submit">Tìm</button>
 </form>
</div></div>
<div id="bn-top" style="background:#c4161c url(public/frontend/img/bg-banner-trongdong.png) no-repeat right center">
 <div class="container">
  <a href="" class="logo-dv"><img src="public/frontend/img/logo-pgd.png" alt="Logo PGD&amp;ĐT Đông Anh" /></a>
  <h1 class="ten-dv">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO<span>HUYỆN ĐÔNG ANH</span></h1>
  <p class="kh-dv">Đổi mới - Sáng tạo - Chất lượng - Hội nhập</p>
 </div>
</div>
<nav id="mnu-mega"><div class="container"><ul class="mnu-c1">
 <li class="home"><a href=""><i class="fa fa-home"></i></a></li>
 <li class="co-con"><a href="gioi-thieu">Giới thiệu</a>
  <div class="mega-box"><ul><li><a href="gioi-thieu">Giới thiệu chung</a></li>
  <li><a href="gioi-thieu#co-cau">Cơ cấu tổ chức</a></li><li><a href="lien-he">Liên hệ</a></li></ul></div></li>
 <li class="co-con"><a href="javascript:void(0);">Tin tức</a>
  <div class="mega-box mega-2cot"><div class="cot-mg"><h5>Chuyên mục</h5><ul>{menu_news}</ul></div>
  <div class="cot-mg"><h5>Tin mới</h5><ul>{newest}</ul></div></div></li>
 <li><a href="van-ban">Văn bản chỉ đạo</a></li>
 <li><a href="lich-cong-tac">Lịch công tác</a></li>
 <li><a href="lien-he">Liên hệ</a></li>
</ul></div></nav>
<div id="khung-chinh" class="container"><div class="row">
"""

    def _sidebar(self, n: int) -> str:
        most = "".join(
            f'<li><span class="so">{k}</span><a href="tin-tuc/chi-tiet/{sid}-{slug}.html">'
            f"{esc(_cut(title, 70))}</a></li>"
            for k, (sid, slug, title) in enumerate(MOST_READ, 1)
        )
        return f"""<div class="col-md-3 cot-phai">
 <div class="box-p"><div class="tde-p">Tin đọc nhiều</div><ul class="ds-docnhieu">{most}</ul></div>
 <div class="box-p"><div class="tde-p">Liên kết website</div>
  <select class="lk-web" onchange="if(this.value!='')window.open(this.value);">
   <option value="">-- Chọn liên kết --</option>
   <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="https://hanoi.edu.vn">Sở GD&amp;ĐT Hà Nội</option>
   <option value="https://donganh.hanoi.gov.vn">UBND huyện Đông Anh</option>
  </select>
  <a href="https://hanoi.edu.vn" target="_blank"><img src="public/frontend/img/banner/so-gddt-ha-noi.png" alt="Sở GD&amp;ĐT Hà Nội" /></a>
  <a href="https://csdl.moet.gov.vn" target="_blank"><img src="public/frontend/img/banner/csdl-nganh.png" alt="CSDL ngành" /></a>
 </div>
 <div class="box-p"><div class="tde-p">Thăm dò ý kiến</div>
  <form action="binh-chon" method="post" accept-charset="utf-8">
   <input type="hidden" name="csrf_pgd_token" value="{self._csrf(n)}" />
   <p>Bạn đánh giá thế nào về giao diện mới của website?</p>
   <label><input type="radio" name="phuong_an" value="1" /> Đẹp, dễ sử dụng</label><br />
   <label><input type="radio" name="phuong_an" value="2" /> Bình thường</label><br />
   <label><input type="radio" name="phuong_an" value="3" /> Khó tìm thông tin</label><br />
   <button type="submit">Bình chọn</button>
   <a href="javascript:void(0);" onclick="xemKetQua(3);">Xem kết quả</a>
  </form></div>
 <div class="box-p"><div class="tde-p">Thống kê truy cập</div>
  <ul class="tk-truycap"><li>Đang online: <b>27</b></li><li>Hôm nay: <b>1.284</b></li>
  <li>Tổng truy cập: <b>{f"{2193560 + n:,}".replace(",", ".")}</b></li></ul></div>
</div>
"""

    def _foot(self, n: int) -> str:
        return f"""</div></div>
<div id="chan-trang"><div class="container">
 <p class="ten-ft"><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐÔNG ANH</strong></p>
 <p>Địa chỉ: Số 68 đường Cao Lỗ, thị trấn Đông Anh, huyện Đông Anh, thành phố Hà Nội</p>
 <p>Điện thoại: 024.3883.2417 - Fax: 024.3883.2418 - Email: pgd-donganh@hanoi.edu.vn</p>
 <p>Chịu trách nhiệm chính: Trưởng phòng Giáo dục và Đào tạo huyện Đông Anh</p>
 <p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
 <p class="ban-quyen">© 2019 - 2026 Bản quyền thuộc {esc(SITE)}. Thiết kế và phát triển bởi
 Công ty CP Giải pháp Giáo dục Số Việt.</p>
 <p class="tg-xl">Thời gian xử lý: {0.0213 + (n % 17) / 1000:.4f} giây</p>
</div></div>
<script src="public/frontend/js/pgd_red.js?v=2.3.7"></script>
<script>$(function(){{ $("img.lazy").lazyload({{effect:"fadeIn"}}); }});</script>
</body>
</html>
"""

    def _page(
        self,
        req: Request,
        title: str,
        main: str,
        description: str = "",
        og: dict[str, str] | None = None,
    ) -> Response:
        n = self._tick()
        page = (
            self._head(req, title, description or SITE, og)
            + self._top(req, n)
            + f'<div class="col-md-9 cot-giua">{main}</div>\n'
            + self._sidebar(n)
            + self._foot(n)
        )
        return html(page, headers=self._cookie(n))

    def _cookie(self, n: int) -> dict[str, str]:
        sid = hashlib.sha1(f"ci-{n}".encode()).hexdigest()
        return {
            "Set-Cookie": f"ci_session={sid}; expires=Sat, 05-Dec-2026 19:00:00 GMT; Max-Age=7200; "
            "path=/; HttpOnly",
            "X-Powered-By": "PHP/5.6.40",
        }

    # routing --------------------------------------------------------------------------------

    def respond(self, req: Request) -> Response | None:
        path = req.path
        if path == "/index.php" or path.startswith("/index.php/"):
            path = path[len("/index.php") :] or "/"
        if path != "/" and path.endswith("/"):
            path = path.rstrip("/")
        if path.startswith("/uploads/files/"):
            name = path.rsplit("/", 1)[1]
            if name in FILES:
                return Response(
                    200,
                    PDF,
                    {"Content-Type": "application/pdf", "Content-Disposition": f'inline; filename="{name}"'},
                )
            return None
        if path.startswith(("/uploads/", "/public/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return self._home(req)
        if m := re.fullmatch(r"/tin-tuc/danh-muc/([a-z0-9-]+)(?:/(\d+))?", path):
            return self._category(req, m.group(1), int(m.group(2) or 0))
        if m := re.fullmatch(r"/tin-tuc/chi-tiet/(\d+)(?:-([a-z0-9-]+))?\.html", path):
            sid = int(m.group(1))
            story = BY_ID.get(sid)
            if story is None:
                return self._missing(req)
            if m.group(2) is None:
                return redirect(base_url(req) + _path(story), 301)
            return self._article(req, story)
        if m := re.fullmatch(r"/tin-tuc/in/(\d+)", path):
            story = BY_ID.get(int(m.group(1)))
            return self._print(req, story) if story else None
        if path == "/van-ban":
            return self._documents(req)
        if m := re.fullmatch(r"/van-ban/chi-tiet/(\d+)", path):
            doc_id = int(m.group(1))
            return self._document(req, doc_id) if doc_id in DOCS else None
        if path == "/gioi-thieu":
            return self._intro(req)
        if path == "/lien-he":
            return self._contact(req)
        if path == "/lich-cong-tac":
            return self._calendar(req)
        if path == "/tim-kiem":
            return self._search(req)
        if path in ("/binh-chon", "/lien-he/gui") and req.method == "POST":
            return self._thanks(req)
        return None

    # pages ----------------------------------------------------------------------------------

    def _news_item(self, s: Story) -> str:
        return (
            '<div class="tin-dm clearfix">'
            f'<a class="anh-dm" href="{_rel(s)}"><img src="{_thumb(s)}" alt="{esc(s.title)}" /></a>'
            f'<h3><a href="{_rel(s)}" title="{esc(s.title)}">{esc(_cut(s.title, 90))}</a></h3>'
            f'<span class="ngay-dm">Ngày: {s.opts["date"]}</span>'
            f'<p class="mota-dm">{esc(_excerpt(s))}</p></div>'
        )

    def _home(self, req: Request) -> Response:
        news = _listing("tin-tuc-su-kien")[:5]
        top = news[0]
        others = "".join(
            f'<li><a href="{_rel(s)}" title="{esc(s.title)}">{esc(_cut(s.title, 90))}</a> '
            f'<span class="ngay">({s.opts["date"]})</span></li>'
            for s in news[1:]
        )
        notice = BY_ID[1245]
        docs = "".join(
            f'<tr><td>{esc(d["so"])}</td><td><a href="van-ban/chi-tiet/{k}">{esc(d["trich_yeu"])}</a></td>'
            f'<td>{d["ngay"]}</td></tr>'
            for k, d in sorted(DOCS.items(), reverse=True)[:2]
        )
        marquee_story = BY_ID[1238]
        main = f"""
<div class="marquee-tb"><span class="nhan">Tin nổi bật:</span>
 <marquee behavior="scroll" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">
  <a href="tin-tuc/chi-tiet/{marquee_story.id}.html">{esc(marquee_story.title)}</a> &nbsp;|&nbsp;
  <a href="index.php/{_rel(notice)}">{esc(notice.title)}</a>
 </marquee></div>
<div class="block-tc" id="blk-tintuc">
 <div class="tde-block"><a href="tin-tuc/danh-muc/tin-tuc-su-kien">Tin tức - Sự kiện</a></div>
 <div class="row">
  <div class="col-md-7 tin-noibat">
   <a href="{_rel(top)}"><img src="{_thumb(top)}" alt="{esc(top.title)}" /></a>
   <h3><a href="{_rel(top)}">{esc(top.title)}</a></h3>
   <p>{esc(_excerpt(top))}</p>
  </div>
  <div class="col-md-5"><ul class="ds-tin-tc">{others}</ul></div>
 </div>
 <a class="xem-tat-ca" href="tin-tuc/danh-muc/tin-tuc-su-kien">Xem tất cả »</a>
</div>
<div class="row">
 <div class="col-md-6 block-tc" id="blk-thongbao">
  <div class="tde-block"><a href="tin-tuc/danh-muc/thong-bao">Thông báo</a></div>
  <ul class="ds-tb"><li><img src="public/frontend/img/icon-new.gif" alt="new" />
   <a href="index.php/{_rel(notice)}">{esc(notice.title)}</a></li></ul>
 </div>
 <div class="col-md-6 block-tc" id="blk-lichct">
  <div class="tde-block"><a href="lich-cong-tac">Lịch công tác</a></div>
  <p><a href="lich-cong-tac">Lịch công tác tuần 49 (từ 30/11/2026 đến 06/12/2026)</a></p>
 </div>
</div>
<div class="block-tc" id="blk-vanban">
 <div class="tde-block"><a href="van-ban">Văn bản chỉ đạo</a></div>
 <table class="table tbl-vb"><thead><tr><th>Số/Ký hiệu</th><th>Trích yếu</th><th>Ngày BH</th></tr></thead>
 <tbody>{docs}</tbody></table>
 <a class="xem-tat-ca" href="van-ban">Xem tất cả văn bản »</a>
</div>
<div class="block-tc" id="blk-lienket">
 <div class="tde-block">Liên kết</div>
 <ul class="lk-logo">
  <li><a href="https://moet.gov.vn" target="_blank"><img src="public/frontend/img/banner/bo-gddt.png" alt="Bộ GD&amp;ĐT" /></a></li>
  <li><a href="https://hanoi.edu.vn" target="_blank"><img src="public/frontend/img/banner/so-gddt-ha-noi.png" alt="Sở GD&amp;ĐT Hà Nội" /></a></li>
  <li><a href="https://taphuan.csdl.edu.vn" target="_blank"><img src="public/frontend/img/banner/tap-huan.png" alt="Tập huấn" /></a></li>
 </ul>
</div>
"""
        return self._page(
            req,
            f"Trang chủ - {SITE}",
            main,
            "Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Đông Anh, thành phố Hà Nội",
        )

    def _crumbs(self, cat: str) -> str:
        name, parent = CATS[cat]
        links = ['<a href="">Trang chủ</a>']
        if parent:
            links.append(f'<a href="tin-tuc/danh-muc/{parent}">{esc(CATS[parent][0])}</a>')
        links.append(f'<a href="tin-tuc/danh-muc/{cat}">{esc(name)}</a>')
        return '<div class="duong-dan">' + " <span>»</span> ".join(links) + "</div>"

    def _pagination(self, cat: str, offset: int, total: int) -> str:
        """CI3 Pagination with use_page_numbers = FALSE and the vendor's bootstrap tags."""
        if total <= PER_PAGE:
            return ""
        pages = (total + PER_PAGE - 1) // PER_PAGE
        cur = offset // PER_PAGE + 1
        base = f"tin-tuc/danh-muc/{cat}"

        def url(page: int) -> str:
            return base if page == 1 else f"{base}/{(page - 1) * PER_PAGE}"

        items = []
        if cur > 1:
            items.append(
                f'<li><a href="{url(cur - 1)}" data-ci-pagination-page="{cur - 1}" rel="prev">&lt;</a></li>'
            )
        for page in range(max(1, cur - 2), min(pages, cur + 2) + 1):
            if page == cur:
                items.append(f'<li class="active"><a href="#">{page}</a></li>')
            else:
                rel = ' rel="start"' if page == 1 else ""
                items.append(
                    f'<li><a href="{url(page)}" data-ci-pagination-page="{page}"{rel}>{page}</a></li>'
                )
        if cur < pages:
            items.append(
                f'<li><a href="{url(cur + 1)}" data-ci-pagination-page="{cur + 1}" rel="next">&gt;</a></li>'
            )
        return '<div class="phan-trang"><ul class="pagination">' + "".join(items) + "</ul></div>"

    def _category(self, req: Request, cat: str, offset: int) -> Response | None:
        if cat not in CATS:
            return None
        rows = _listing(cat)
        if offset and offset >= len(rows):
            return None
        name = CATS[cat][0]
        items = "".join(self._news_item(s) for s in rows[offset : offset + PER_PAGE])
        main = (
            self._crumbs(cat)
            + f'<div class="khung-ds"><h2 class="tde-dm">{esc(name)}</h2>{items}</div>'
            + self._pagination(cat, offset, len(rows))
        )
        return self._page(req, f"{name} - {SITE}", main)

    def _article(self, req: Request, story: Story) -> Response:
        with self._lock:
            self._views[story.id] = self._views.get(story.id, 0) + 1
            views = story.views() + self._views[story.id]
        title = story.title
        shown_title = unicodedata.normalize("NFD", title) if story.opts.get("nfd") else title
        by = story.opts.get("by", "")
        sapo = ""
        if story.summary and story.sapo_outside:
            sapo = f'<div class="tomtat-ct"><b>{esc(story.summary)}</b></div>'
        files = ""
        if story.opts.get("files"):
            rows = "".join(
                f'<tr><td>{k}</td><td>{esc(label)}</td><td><a href="uploads/files/{name}" '
                f'target="_blank"><img src="public/frontend/img/icon-pdf.png" alt="" /> Tải về</a></td></tr>'
                for k, (name, label) in enumerate(story.opts["files"], 1)
            )
            files = (
                '<div class="dk-file"><p class="tde-dk">File đính kèm:</p><table class="table '
                'tbl-dk"><thead><tr><th>STT</th><th>Tên file</th><th>Tải về</th></tr></thead>'
                f"<tbody>{rows}</tbody></table></div>"
            )
        updated = ""
        if story.opts.get("updated"):
            updated = f'<p class="cap-nhat"><i>Cập nhật: {story.opts["updated"]}</i></p>'
        same = [s for s in STORIES if s.cat == story.cat and s.id != story.id]
        same.sort(key=lambda s: (s.published_at or "", s.id), reverse=True)
        others = "".join(
            f'<li><a href="{_rel(s)}">{esc(s.title)}</a> <span class="ngay">({s.opts["date"]})</span></li>'
            for s in same[:5]
        )
        tin_khac = (
            f'<div class="tin-khac"><h3 class="tde-tk">Các tin khác</h3><ul>{others}</ul></div>'
            if others
            else ""
        )
        base = base_url(req)
        main = f"""{self._crumbs(story.cat)}
<div class="ct-tin">
 <h2 class="td-tin">{esc(shown_title)}</h2>
 <div class="tt-dang"><span>Ngày: {story.opts["date"]}</span> | <span>Tác giả: {esc(by)}</span> | <span>Lượt xem: {views}</span></div>
 <div class="cong-cu-tren">Cỡ chữ: <a href="javascript:void(0);" onclick="doiCoChu(-1)">A-</a>
  <a href="javascript:void(0);" onclick="doiCoChu(0)">A</a> <a href="javascript:void(0);" onclick="doiCoChu(1)">A+</a>
  | <a href="tin-tuc/in/{story.id}" target="_blank"><i class="fa fa-print"></i> In bài</a>
  | <a href="javascript:void(0);" onclick="guiEmail({story.id})"><i class="fa fa-envelope"></i> Gửi email</a>
  <div class="fb-like" data-href="{esc(base + _path(story))}" data-layout="button_count" data-share="true"></div>
 </div>
 {sapo}
 <div id="noidung_ct" class="nd-tin">
{_body_html(story)}
 </div>
 {updated}
 {files}
 <div class="cong-cu-duoi"><a href="javascript:history.back();">« Quay lại</a> |
  <a href="tin-tuc/in/{story.id}" target="_blank">In trang</a> |
  <a href="javascript:window.scrollTo(0,0);">Về đầu trang</a>
  <a class="zalo-share-button" data-href="{esc(base + _path(story))}" data-oaid="579745863508352884"></a></div>
 {tin_khac}
</div>
"""
        og = {
            "type": "article",
            "title": _cut(title, 60),
            "url": base + _path(story),
            "image": base + "/" + (story.images[0].src if story.images else "public/frontend/img/og-default.jpg"),
            "description": _cut(" ".join(p for p in story.paragraphs[:1]), 160),
        }
        return self._page(req, f"{_cut(title, 60)} - PGD&ĐT Đông Anh", main, og["description"], og)

    def _missing(self, req: Request) -> Response:
        main = (
            '<div class="duong-dan"><a href="">Trang chủ</a> <span>»</span> '
            '<a href="tin-tuc/danh-muc/tin-tuc-su-kien">Tin tức - Sự kiện</a></div>'
            '<div class="ct-tin"><h2 class="td-tin">Thông báo</h2>'
            '<div class="alert alert-warning">Bài viết không tồn tại hoặc đã bị gỡ bỏ! '
            '<a href="">Quay về trang chủ</a></div></div>'
        )
        return self._page(req, f"Thông báo - {SITE}", main)

    def _print(self, req: Request, story: Story) -> Response:
        base = base_url(req)
        sapo = f'<div class="tt-in"><b>{esc(story.summary)}</b></div>' if story.summary and story.sapo_outside else ""
        title = unicodedata.normalize("NFD", story.title) if story.opts.get("nfd") else story.title
        page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<base href="{esc(base)}/" />
<title>In bài viết</title>
<link rel="stylesheet" href="public/frontend/css/print.css" />
</head>
<body onload="window.print();">
<div id="khung-in">
 <div class="dau-in"><img src="public/frontend/img/logo-pgd-in.png" alt="" /> PHÒNG GD&amp;ĐT HUYỆN ĐÔNG ANH</div>
 <h3 class="td-in">{esc(title)}</h3>
 <div class="ngay-in">Ngày đăng: {story.opts["date"]}</div>
 {sapo}
 <div class="nd-in">
{_body_html(story)}
 </div>
 <div class="url-in">Địa chỉ bài viết: {esc(base + _path(story))}</div>
</div>
</body></html>
"""
        return html(page)

    def _documents(self, req: Request) -> Response:
        rows = "".join(
            f'<tr><td>{k}</td><td>{esc(d["so"])}</td><td>{d["ngay"]}</td><td>{esc(d["loai"])}</td>'
            f'<td><a href="van-ban/chi-tiet/{doc_id}">{esc(d["trich_yeu"])}</a></td>'
            f'<td><a href="uploads/files/{d["file"]}" target="_blank">Tải về</a></td></tr>'
            for k, (doc_id, d) in enumerate(sorted(DOCS.items(), reverse=True), 1)
        )
        main = (
            '<div class="duong-dan"><a href="">Trang chủ</a> <span>»</span> <a href="van-ban">Văn bản chỉ '
            'đạo</a></div><h2 class="tde-dm">Văn bản chỉ đạo</h2>'
            '<form class="loc-vb" action="van-ban" method="get"><select name="loai"><option value="">'
            "-- Loại văn bản --</option><option>Công văn</option><option>Kế hoạch</option></select>"
            '<button type="submit">Lọc</button></form>'
            '<table class="table table-bordered tbl-vb"><thead><tr><th>STT</th><th>Số/Ký hiệu</th>'
            "<th>Ngày ban hành</th><th>Loại</th><th>Trích yếu</th><th>File</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
        )
        return self._page(req, f"Văn bản chỉ đạo - {SITE}", main)

    def _document(self, req: Request, doc_id: int) -> Response:
        d = DOCS[doc_id]
        main = f"""<div class="duong-dan"><a href="">Trang chủ</a> <span>»</span> <a href="van-ban">Văn bản chỉ đạo</a></div>
<h2 class="tde-dm">Chi tiết văn bản</h2>
<table class="table table-bordered tbl-ctvb"><tbody>
<tr><th>Số/Ký hiệu</th><td>{esc(d["so"])}</td></tr>
<tr><th>Ngày ban hành</th><td>{d["ngay"]}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(d["loai"])}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Phòng GD&amp;ĐT huyện Đông Anh</td></tr>
<tr><th>Trích yếu</th><td>{esc(d["trich_yeu"])}</td></tr>
<tr><th>Người ký</th><td>{esc(d["ky"])}</td></tr>
<tr><th>File đính kèm</th><td><a href="uploads/files/{d["file"]}" target="_blank">{d["file"]}</a></td></tr>
</tbody></table>
"""
        return self._page(req, f"{_cut(d['trich_yeu'], 60)} - {SITE}", main)

    def _intro(self, req: Request) -> Response:
        main = """<div class="duong-dan"><a href="">Trang chủ</a> <span>»</span> <a href="gioi-thieu">Giới thiệu</a></div>
<h2 class="tde-dm">Giới thiệu chung</h2>
<div class="nd-trang">
<p>Phòng Giáo dục và Đào tạo huyện Đông Anh là cơ quan chuyên môn thuộc UBND huyện Đông Anh, có chức
năng tham mưu, giúp UBND huyện thực hiện quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông
trên địa bàn huyện.</p>
<p>Toàn huyện hiện có 112 trường công lập, gồm 42 trường mầm non, 40 trường tiểu học và 30 trường
trung học cơ sở, cùng 46 cơ sở giáo dục ngoài công lập.</p>
<h3 id="co-cau">Cơ cấu tổ chức</h3>
<table class="table table-bordered"><tbody>
<tr><td>Trưởng phòng</td><td>Lê Thị Thanh Bình</td><td>024.3883.2417</td></tr>
<tr><td>Phó Trưởng phòng</td><td>Nguyễn Mạnh Cường</td><td>024.3883.2419</td></tr>
<tr><td>Phó Trưởng phòng</td><td>Đỗ Văn Thịnh</td><td>024.3883.2420</td></tr>
</tbody></table>
<p>Các bộ phận chuyên môn: Bộ phận Mầm non, Bộ phận Tiểu học, Bộ phận Trung học cơ sở, Bộ phận
Tổ chức - Văn phòng, Bộ phận Kế hoạch - Tài chính, Bộ phận Thể chất - Y tế.</p>
</div>
"""
        return self._page(req, f"Giới thiệu chung - {SITE}", main)

    def _contact(self, req: Request) -> Response:
        n = self._hits + 1
        main = f"""<div class="duong-dan"><a href="">Trang chủ</a> <span>»</span> <a href="lien-he">Liên hệ</a></div>
<h2 class="tde-dm">Liên hệ</h2>
<div class="tt-lienhe"><p><strong>{esc(SITE.upper())}</strong></p>
<p>Địa chỉ: Số 68 đường Cao Lỗ, thị trấn Đông Anh, huyện Đông Anh, thành phố Hà Nội</p>
<p>Điện thoại: 024.3883.2417 - Email: pgd-donganh@hanoi.edu.vn</p></div>
<form class="frm-lienhe" action="lien-he/gui" method="post" accept-charset="utf-8">
 <input type="hidden" name="csrf_pgd_token" value="{self._csrf(n)}" />
 <p><label>Họ và tên (*)</label><input type="text" name="ho_ten" /></p>
 <p><label>Email (*)</label><input type="text" name="email" /></p>
 <p><label>Tiêu đề</label><input type="text" name="tieu_de" /></p>
 <p><label>Nội dung (*)</label><textarea name="noi_dung" rows="6"></textarea></p>
 <p><img src="public/frontend/captcha/1764900000.123.jpg" alt="captcha" /> <input type="text" name="captcha" /></p>
 <p><button type="submit">Gửi liên hệ</button></p>
</form>
<div class="ban-do"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3721.2!2d105.85!3d21.13" width="100%" height="320" frameborder="0" style="border:0"></iframe></div>
"""
        return self._page(req, f"Liên hệ - {SITE}", main)

    def _calendar(self, req: Request) -> Response:
        rows = [
            ("Thứ Hai 30/11", "8h00: Lãnh đạo Phòng giao ban đầu tuần", "14h00: Dự vòng thực hành Hội thi GVDG Tiểu học tại TH Thị trấn Đông Anh"),
            ("Thứ Ba 01/12", "8h30: Dự Lễ đón Bằng công nhận trường chuẩn quốc gia tại THCS Cổ Loa", "14h00: Làm việc tại Phòng"),
            ("Thứ Tư 02/12", "8h00: Kiểm tra công tác bán trú tại MN Liên Hà", "14h00: Họp Hội đồng xét duyệt sáng kiến"),
            ("Thứ Năm 03/12", "8h00: Dự vòng thực hành Hội thi GVDG Tiểu học", "14h00: Làm việc tại Phòng"),
            ("Thứ Sáu 04/12", "8h00: Tổng kết vòng thực hành Hội thi GVDG Tiểu học", "15h00: Họp cơ quan"),
            ("Thứ Bảy 05/12", "Trực cơ quan: đồng chí Đỗ Văn Thịnh", ""),
        ]
        body = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in rows)
        main = f"""<div class="duong-dan"><a href="">Trang chủ</a> <span>»</span> <a href="lich-cong-tac">Lịch công tác</a></div>
<h2 class="tde-dm">Lịch công tác tuần 49 (từ 30/11/2026 đến 06/12/2026)</h2>
<table class="table table-bordered tbl-lct"><thead><tr><th>Ngày</th><th>Sáng</th><th>Chiều</th></tr></thead>
<tbody>{body}</tbody></table>
<p class="ghi-chu"><em>Lịch có thể thay đổi, đề nghị các đơn vị theo dõi thường xuyên.</em></p>
"""
        return self._page(req, f"Lịch công tác - {SITE}", main)

    def _search(self, req: Request) -> Response:
        q = req.params.get("tu_khoa", "").strip()
        msg = "Vui lòng nhập từ khóa tìm kiếm." if not q else f"Không tìm thấy kết quả nào cho “{esc(q)}”."
        main = (
            '<div class="duong-dan"><a href="">Trang chủ</a> <span>»</span> Tìm kiếm</div>'
            f'<h2 class="tde-dm">Kết quả tìm kiếm</h2><p>{msg}</p>'
        )
        return self._page(req, f"Tìm kiếm - {SITE}", main)

    def _thanks(self, req: Request) -> Response:
        main = '<div class="alert alert-success">Cảm ơn bạn đã gửi thông tin!</div><a href="">Về trang chủ</a>'
        return self._page(req, f"Thông báo - {SITE}", main)


def build_site() -> CodeIgniterPgdSite:
    return CodeIgniterPgdSite()


# --- gold ------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [f"/tin-tuc/in/{story.id}"]
    if story.id in (1245, 1224):
        alts.append("/index.php" + _path(story))
    if story.opts.get("old_slug"):
        alts.append(_path(story, story.opts["old_slug"]))
    if story.id == 1238:
        alts.append(f"/tin-tuc/chi-tiet/{story.id}.html")
    return alts


GOLD = [
    gold_record(
        story,
        _path(story),
        CATS[story.cat][0],
        alt_paths=_alt_paths(story),
        image_page="/",
    )
    for story in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/lich-cong-tac",
    "/van-ban/chi-tiet/41",
    "/van-ban/chi-tiet/38",
    "/van-ban/chi-tiet/33",
]
