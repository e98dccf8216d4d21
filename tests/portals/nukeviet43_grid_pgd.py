"""Phòng Giáo dục và Đào tạo huyện Krông Năng (Đắk Lắk): NukeViet CMS 4.3, news module.

Platform
--------
NukeViet 4.3 with the default theme lightly re-skinned ("pgdkrongnang": a blue banner, a slider
block, a marquee block). Rewrite is on with ``rewrite_exturl`` ".html"; the site's default module
is ``news`` so ``/`` and ``/news/`` print the same module home (layout viewcat_main_bottom: per
category one lead item with its picture and hometext, then a list of two more titles with their
days). Categories use viewcat_grid_new (thumbnail grid, titles cut by ``nv_clean60`` with "...",
4 items a page, ``nv_generate_page`` pagination ``ul.pagination``). The detail page is NukeViet's
detail.tpl: ``h1.title`` then ``span.h5`` with "Thứ tư - 02/12/2026 09:10", a tool row (e-mail
and print open pop-ups by ``onclick``), the optional home picture ``figure.article`` and the
``div.hometext`` (the sapo) *outside* ``div#news-bodyhtml.bodytext``, the author/source box
(``p.h5.text-right``), a copyright box, the optional attachment panel, rating, share buttons,
the comment module (``#idcomment``) and the "Các tin khác" panel (``.other-news``).

URL scheme
----------
- ``/`` and ``/news/``: module home (same listing);
- ``/news/<cat>/`` and ``/news/<cat>/page-<n>/`` (``page-1/`` 301 to ``/news/<cat>/``; a page past
  the last 301s to the category; no trailing slash 301s to the slash form);
- ``/news/<cat>/<alias>-<id>.html``: an article; a wrong alias with a known id 301s to the right
  URL (the platform's own behaviour after an editor retitles an article);
- ``/news/topic/<alias>/``: a topic ("Cùng chủ đề") listing;
- ``/news/print/<cat>/<alias>-<id>.html``: the print view (opened by ``onclick`` only);
- ``/news/sendmail/<cat>/<alias>-<id>.html``: the "send by e-mail" pop-up (a form, no text);
- ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>``: the pre-rewrite URL, still 200;
- ``/about/<alias>.html`` (page module), ``/contact/``, ``/van-ban/detail/<alias>-<id>.html``
  (laws module entries), ``/seek/`` (search).

Categories (breadcrumb names): "Tin tức - Sự kiện" (tin-tuc-su-kien), "Hoạt động chuyên môn"
(hoat-dong-chuyen-mon), "Thông báo" (thong-bao).

How each gold article is reached
--------------------------------
- tin-tuc-su-kien page 1: 321, 318, 315 (listed under this category too), 312; page 2 ONLY: 309, 305.
- hoat-dong-chuyen-mon page 1: 323, 319, 315, 310; page 2 ONLY: 302.
- thong-bao (one page): 324, 322, 316.
- The module home shows 3 items per category (no pagination there); the "Tin nổi bật" slider
  shows 321, 318, 315, 312; "Xem nhiều" 318, 323, 312, 316; the "Thông báo" marquee 324 (by its
  old index.php URL), 322 (by its OLD alias, a 301), 316; the topic page 316 and 315. "Các tin
  khác" prints the 3 newest other items of the URL's category, so 309, 305 and 302 are linked
  from page 2 listings (and from each other) only.

Traps
-----
1. Hidden breadcrumb (NukeViet 4.3's own markup): the visible ``ul.breadcrumbs`` is EMPTY and
   the trail sits in ``ul.temp-breadcrumbs.hidden`` (schema.org BreadcrumbList) that main.js
   moves on load. Gold ``category`` = its last item ("Hoạt động chuyên môn" …), never the module
   name "Tin tức" nor the "Thông báo" marquee block's heading.
2. One article in two categories (listcatid): 315 is filed under "Hoạt động chuyên môn" and also
   listed under "Tin tức - Sự kiện"; NukeViet builds list links from the category being viewed,
   so it answers 200 at /news/tin-tuc-su-kien/…-315.html too, where the breadcrumb and "Các tin
   khác" follow that category. Gold: path = canonical = the primary-category URL (the page's
   ``link rel=canonical``), category "Hoạt động chuyên môn", the other URL in ``alt_paths``.
3. NukeViet's ``date('Y-m-dTH:i:s')`` bug in the Open Graph tags: ``article:published_time``
   reads "2026-12-02+0709:10:00" (PHP's "T" is the zone abbreviation, "+07"), and
   ``article:modified_time`` carries the later edit. Gold ``published_at`` comes from the
   printed "Thứ tư - 02/12/2026 09:10" -> "2026-12-02T09:10:00+07:00", never the edit time.
4. Reader comments (comment module) under the article: names, their own times ("04/12/2026
   19:30"), paragraphs of text, a reply signed by the article's author. Not body, not authors,
   not dates.
5. The home picture outside the text (``figure.article`` before ``div.hometext``): an article
   photo (gold lists it first) whose ``figcaption`` is EMPTY while its ``alt`` falls back to the
   headline. Gold caption None (the alt is not a caption). In 323 it is the /assets/ thumbnail of
   the body's first photo (imgposition 1): a thumbnail, not listed; the body photo is.
6. Photos laid out two per row in a borderless table with the captions in the row below
   (312): the captions pair with the photos by column; the caption row is not a table-row
   paragraph of the body (a photo layout table is not text).
7. Attachment panel (302): "Tập tin đính kèm" links to the article's own path plus
   ``?download=1&id=0``, which answers a PDF (Content-Disposition: attachment), and a collapsed
   Google Docs viewer iframe. Not an article, not an alt path; the panel is not body.
8. Pre-rewrite URLs: every article also answers at /index.php?language=vi&nv=news&op=<cat>/
   <alias>-<id> (200, same page, canonical to the rewrite URL). The marquee links 324 that way
   and 316's text links 315 that way. Gold: the rewrite URL; the index.php form in alt_paths.
9. Retitled article: the marquee links 322 by its old alias (…/lich-thi-hoc-sinh-gioi-lop-9-
   cap-huyen-322.html), which 301s to the new one. Gold path: the new alias.
10. Discovery: the module home has no pagination and shows 3 items per category; 309, 305, 302
   are reachable only from page-2 listings (``ul.pagination`` links ``page-2/``, ``rel="next"``
   on the "»" item too).
11. Grid and slider titles are cut by nv_clean60 ("Khai mạc Hội thi Giáo viên dạy giỏi cấp huyện
   bậc Tiểu học..."), full titles only in the link's ``title``: gold titles from the detail ``h1``.
12. Sapo outside the text container (``div.hometext`` itemprop=description): gold summary is it,
   and it is the body's first paragraph. 305, 310, 324 have no hometext: summary None.
13. Bylines: "Tin, ảnh: Hồ Văn Thắng" bold and right-aligned as the text's last line (312) ->
   authors and photographers; a name right-aligned at the end of the text AND again in the
   author box (323) -> once; "ThS. Y Thuận Niê - Tổ chuyên môn THCS" in the box (319) -> "Y
   Thuận Niê"; a unit alone "Tổ Tiểu học" (315) -> as printed; "Nguồn tin:" in the box with a
   linked source (318) -> source "Báo Đắk Lắk"; a plain one (310). A photo whose only line is
   "Ảnh: Trần Quốc Bảo" (321) -> caption None, photographer.
14. An official notice (324) printed as a document: letterhead table, "THÔNG BÁO / Về việc …",
   "Nơi nhận" table and signer. Date = the letterhead's day (2026-11-30, not the 04/12 publish
   time), author = the signer.
15. 309 was pasted in decomposed Unicode (NFD, "Unicode tổ hợp"): gold is NFC.
16. 305 is printed at "08/10/2026 00:00": a day without a time -> "2026-10-08".

Gold decisions on ambiguous points
----------------------------------
- Tables of data in the text (319, 322: schedules) are body, one paragraph per row, cells joined
  by " | " (header row included); the letterhead and "Nơi nhận" tables of 324 are not.
- A ``<br />`` inside a paragraph splits it (305).
- The home picture (``figure.article``) is the article's first image when it is a full
  /uploads/ photo not repeated in the text (321); its thumbnail form (/assets/…) is not listed.
- The author box's "Tác giả:" label and the source box's "Nguồn tin:" label are labels.
- The print view is the same article (alt_paths); the e-mail pop-up is a form, not an article.
- An in-text link to another article (316 -> 315) stays text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect
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

NAME = "nukeviet43_grid_pgd"
PLATFORM = "NukeViet CMS 4.3 (news module, viewcat_grid_new, rewrite .html)"
START_PATH = "/"

SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Krông Năng"
SITE_SHORT = "PGD&ĐT Krông Năng"
MODULE_TITLE = "Tin tức"
PER_PAGE = 4

CATS: dict[str, tuple[int, str]] = {
    "tin-tuc-su-kien": (1, "Tin tức - Sự kiện"),
    "hoat-dong-chuyen-mon": (2, "Hoạt động chuyên môn"),
    "thong-bao": (3, "Thông báo"),
}

TOPICS: dict[str, tuple[str, str]] = {
    "hoi-thi-giao-vien-day-gioi-cap-huyen-2026-2027": (
        "Hội thi giáo viên dạy giỏi cấp huyện năm học 2026 - 2027",
        "Các tin bài về Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học và THCS năm học 2026 - 2027.",
    ),
}


@dataclass(frozen=True)
class Comment:
    name: str
    when: str  # "04/12/2026 19:30"
    body: str
    reply_to: int | None = None
    likes: int = 0


# --- the articles ------------------------------------------------------------------------------

U = "/uploads/news"

S312 = Story(
    id=312,
    slug="krong-nang-long-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Krông Năng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="tin-tuc-su-kien",
    published_at="2026-11-19T08:30:00+07:00",
    summary=(
        "Sáng ngày 18/11, Phòng Giáo dục và Đào tạo phối hợp với Công đoàn Giáo dục huyện Krông "
        "Năng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và biểu dương nhà giáo tiêu biểu "
        "năm học 2025 - 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự buổi lễ có đồng chí Nguyễn Đình Khoa, Phó Chủ tịch UBND huyện; đại diện lãnh đạo "
            "Ban Tuyên giáo Huyện ủy, Ủy ban MTTQ Việt Nam huyện, các phòng, ban, ngành liên quan "
            "cùng hơn 300 cán bộ quản lý, giáo viên, nhân viên đại diện cho 68 đơn vị trường học "
            "trên địa bàn."
        ),
        P(
            "Phát biểu tại buổi lễ, bà Lê Thị Mỹ Dung, Phó Trưởng phòng Giáo dục và Đào tạo ôn lại "
            "truyền thống 44 năm của Ngày Nhà giáo Việt Nam, đồng thời điểm lại những kết quả nổi "
            "bật mà ngành giáo dục huyện nhà đạt được trong năm học vừa qua."
        ),
        P(
            "Năm học 2025 - 2026, tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,6%; tỷ lệ học sinh hoàn "
            "thành chương trình tiểu học đạt 99,8%; 98,9% học sinh lớp 9 được công nhận tốt nghiệp "
            "THCS. Toàn huyện có thêm 4 trường được công nhận đạt chuẩn quốc gia, nâng tổng số lên "
            "41 trường, đạt tỷ lệ 60,3%."
        ),
        Img(
            f"{U}/2026_11/le-ky-niem-20-11-a.jpg",
            "Lãnh đạo huyện tặng hoa chúc mừng các thầy, cô giáo",
            "Lãnh đạo huyện tặng hoa chúc mừng các thầy, cô giáo",
            style="tbl2",
        ),
        Img(
            f"{U}/2026_11/le-ky-niem-20-11-b.jpg",
            "Tiết mục văn nghệ chào mừng của học sinh Trường THCS Nguyễn Tất Thành",
            "Tiết mục văn nghệ chào mừng của học sinh Trường THCS Nguyễn Tất Thành",
            style="tbl2",
        ),
        P(
            "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 25 tập thể và 46 cá nhân có thành tích "
            "xuất sắc trong năm học 2025 - 2026; Công đoàn Giáo dục huyện biểu dương 12 nhà giáo "
            "tiêu biểu đang công tác tại các xã vùng khó khăn như Ea Tân, Ea Puk, Cư Klông."
        ),
        Img(
            f"{U}/2026_11/le-ky-niem-20-11-c.jpg",
            "Các nhà giáo tiêu biểu nhận Giấy khen của Chủ tịch UBND huyện",
            "Các nhà giáo tiêu biểu nhận Giấy khen của Chủ tịch UBND huyện",
            style="tbl2",
        ),
        Img(
            f"{U}/2026_11/le-ky-niem-20-11-d.jpg",
            "Đại biểu chụp ảnh lưu niệm cùng các nhà giáo được biểu dương",
            "Đại biểu chụp ảnh lưu niệm cùng các nhà giáo được biểu dương",
            style="tbl2",
        ),
        P(
            "Thay mặt lãnh đạo huyện, đồng chí Nguyễn Đình Khoa ghi nhận những đóng góp thầm lặng "
            "của đội ngũ nhà giáo, đề nghị ngành tiếp tục đổi mới phương pháp dạy học, chăm lo "
            "chất lượng giáo dục vùng đồng bào dân tộc thiểu số và giữ vững kỷ cương, nền nếp "
            "trường học."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hồ Văn Thắng</strong></p>'),
    ],
    authors=["Hồ Văn Thắng"],
    photographers=["Hồ Văn Thắng"],
    opts={"publ": "2026-11-19 08:30", "edit": "2026-11-19 10:02", "cats": ["tin-tuc-su-kien"],
          "thumb": "2026_11/le-ky-niem-20-11-a.jpg"},
)

S318 = Story(
    id=318,
    slug="trao-120-suat-qua-cho-hoc-sinh-co-hoan-canh-kho-khan-tai-xa-ea-tam",
    title="Trao 120 suất quà cho học sinh có hoàn cảnh khó khăn tại xã Ea Tam",
    cat="tin-tuc-su-kien",
    published_at="2026-11-27T15:45:00+07:00",
    summary=(
        "Chiều 26/11, Phòng GD&ĐT huyện Krông Năng phối hợp với Báo Đắk Lắk và các nhà tài trợ "
        "trao 120 suất quà cho học sinh có hoàn cảnh khó khăn đang theo học tại các trường trên "
        "địa bàn xã Ea Tam."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Mỗi suất quà gồm 01 xe đạp hoặc 01 bộ sách giáo khoa, 10 quyển vở, áo ấm và 300.000 "
            "đồng tiền mặt, tổng trị giá gần 150 triệu đồng. Các em được nhận quà phần lớn là con "
            "em đồng bào Ê Đê, Nùng, Tày ở các buôn Ea Ngai, Ea Dho và thôn Tam Hòa."
        ),
        Img(
            f"{U}/2026_11/trao-qua-ea-tam-1.jpg",
            "Đại diện nhà tài trợ trao xe đạp cho học sinh Trường Tiểu học Y Jút",
            "Đại diện nhà tài trợ trao xe đạp cho học sinh Trường Tiểu học Y Jút",
            style="pem",
        ),
        P(
            "Ông Phạm Văn Lực, Trưởng phòng GD&ĐT huyện cho biết, đầu năm học, toàn xã Ea Tam có "
            "gần 400 học sinh thuộc hộ nghèo, cận nghèo; nhiều em phải đi bộ hơn 5 km đến trường. "
            "Những phần quà tuy nhỏ nhưng là nguồn động viên kịp thời để các em yên tâm đến lớp "
            "trong mùa mưa rét."
        ),
        P(
            "Em H'Yến Mlô, học sinh lớp 8 Trường THCS Ea Tam xúc động: “Em sẽ dùng chiếc xe đạp "
            "này để đi học đều đặn hơn và cố gắng học thật giỏi để không phụ lòng thầy cô, các "
            "cô chú”."
        ),
        P(
            "Dịp này, Ban tổ chức cũng trao tặng 02 bộ máy tính cho thư viện Trường Tiểu học Y Jút "
            "và 50 chăn ấm cho học sinh bán trú của Trường THCS Ea Tam."
        ),
    ],
    authors=["Thanh Hường"],
    source="Báo Đắk Lắk",
    opts={"publ": "2026-11-27 15:45", "edit": "2026-11-28 07:10", "cats": ["tin-tuc-su-kien"],
          "author": "Thanh Hường", "source": ("Báo Đắk Lắk", "https://baodaklak.vn"),
          "thumb": "2026_11/trao-qua-ea-tam-1.jpg",
          "comments": [
              Comment("Nguyễn Văn Hòa", "28/11/2026 07:42",
                      "Cảm ơn Báo Đắk Lắk và các nhà hảo tâm đã quan tâm đến các em học sinh vùng "
                      "khó khăn của xã Ea Tam. Mong chương trình được tổ chức thường xuyên hơn.",
                      likes=6),
              Comment("H'Linh Niê", "28/11/2026 20:15",
                      "Con em nhận được quà rất vui, gia đình xin chân thành cảm ơn quý thầy cô "
                      "và các nhà tài trợ!", likes=2),
          ]},
)

S321 = Story(
    id=321,
    slug="hoi-nghi-trien-khai-cong-tac-chuyen-doi-so-trong-giao-duc-nam-hoc-2026-2027",
    title="Hội nghị triển khai công tác chuyển đổi số trong giáo dục năm học 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-12-02T09:10:00+07:00",
    summary=(
        "Ngày 01/12, Phòng Giáo dục và Đào tạo huyện Krông Năng tổ chức hội nghị triển khai "
        "công tác chuyển đổi số và ứng dụng công nghệ thông tin trong dạy học, quản lý năm học "
        "2026 - 2027 cho hiệu trưởng và cán bộ phụ trách CNTT của 68 đơn vị trường học."
    ),
    sapo_outside=True,
    blocks=[
        Img(f"{U}/2026_12/hoi-nghi-chuyen-doi-so-0.jpg", "", None, style="home"),
        P(
            "Tại hội nghị, đại diện Phòng GD&ĐT đã đánh giá kết quả triển khai chuyển đổi số năm "
            "học 2025 - 2026: 100% trường học sử dụng phần mềm quản lý trường học và sổ điểm điện "
            "tử; 62/68 trường đã triển khai học bạ số; tỷ lệ thu học phí không dùng tiền mặt đạt "
            "87%."
        ),
        Img(
            f"{U}/2026_12/hoi-nghi-chuyen-doi-so-1.jpg",
            "Quang cảnh hội nghị",
            "Quang cảnh hội nghị",
            style="fig",
        ),
        P(
            "Bên cạnh đó, hạ tầng công nghệ ở một số trường vùng sâu như Trường Tiểu học Cư Klông, "
            "Trường THCS Ea Dăh còn thiếu, đường truyền chưa ổn định; kỹ năng số của một bộ phận "
            "giáo viên lớn tuổi còn hạn chế."
        ),
        P("Năm học 2026 - 2027, ngành tập trung vào các nhiệm vụ trọng tâm sau:", "b"),
        P(
            "Đẩy mạnh ứng dụng phần mềm quản lý trường học, sổ điểm điện tử và học bạ số ở tất cả "
            "các cấp học;",
            "li",
        ),
        P("Triển khai thanh toán không dùng tiền mặt đối với các khoản thu trong nhà trường;", "li"),
        P(
            "Xây dựng kho học liệu số dùng chung của huyện, ưu tiên bài giảng điện tử do giáo viên "
            "tự thiết kế;",
            "li",
        ),
        P("Bồi dưỡng kỹ năng số cho cán bộ quản lý, giáo viên, nhân viên và học sinh.", "li"),
        Img(f"{U}/2026_12/hoi-nghi-chuyen-doi-so-2.jpg", "Ảnh: Trần Quốc Bảo", None, style="pem"),
        P(
            "Kết luận hội nghị, ông Phạm Văn Lực, Trưởng phòng GD&ĐT đề nghị hiệu trưởng các "
            "trường xây dựng kế hoạch chuyển đổi số của đơn vị trước ngày 15/12/2026, phân công "
            "cụ thể người phụ trách và định kỳ báo cáo kết quả về Phòng qua hệ thống quản lý văn "
            "bản điều hành."
        ),
    ],
    authors=["Lê Minh Trí"],
    photographers=["Trần Quốc Bảo"],
    opts={"publ": "2026-12-02 09:10", "edit": "2026-12-03 16:48", "cats": ["tin-tuc-su-kien"],
          "author": "Lê Minh Trí", "thumb": "2026_12/hoi-nghi-chuyen-doi-so-0.jpg"},
)

S305 = Story(
    id=305,
    slug="krong-nang-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
    title="Krông Năng hưởng ứng Tuần lễ học tập suốt đời năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-10-08",
    blocks=[
        P(
            "Thực hiện Kế hoạch của Sở Giáo dục và Đào tạo tỉnh Đắk Lắk, từ ngày 01/10 đến ngày "
            "07/10/2026, ngành giáo dục huyện Krông Năng đã tổ chức nhiều hoạt động hưởng ứng "
            "Tuần lễ học tập suốt đời với chủ đề “Học tập suốt đời - Nền tảng xây dựng xã hội học "
            "tập trong kỷ nguyên số”."
        ),
        P("Các hoạt động chính gồm:", "br"),
        P(
            "- Trưng bày sách, báo và giới thiệu tủ sách số tại thư viện các trường học và Trung "
            "tâm học tập cộng đồng 12 xã, thị trấn;",
            "brc",
        ),
        P(
            "- Tổ chức ngày hội đọc sách, thi kể chuyện theo sách cho học sinh tiểu học, THCS;",
            "brc",
        ),
        P("- Mở các lớp xóa mù chữ, lớp tiếng Ê Đê cho cán bộ, giáo viên.", "brc"),
        Img(f"{U}/2026_10/tuan-le-hoc-tap-suot-doi.jpg", None, None, style="bare"),
        P(
            "Qua một tuần triển khai, đã có hơn 14.000 lượt học sinh, giáo viên và người dân tham "
            "gia các hoạt động; nhiều trường sáng tạo mô hình “Thư viện xanh”, “Góc đọc sân "
            "trường” thu hút đông đảo học sinh."
        ),
    ],
    opts={"publ": "2026-10-08 00:00", "edit": "2026-10-08 00:00", "cats": ["tin-tuc-su-kien"],
          "thumb": "2026_10/tuan-le-hoc-tap-suot-doi.jpg", "div": True},
)

S309 = Story(
    id=309,
    slug="be-mac-giai-bong-da-hoc-sinh-thcs-huyen-krong-nang-lan-thu-x",
    title="Bế mạc Giải Bóng đá học sinh THCS huyện Krông Năng lần thứ X năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-10-24T16:20:00+07:00",
    summary=(
        "Sau 6 ngày tranh tài sôi nổi, chiều 23/10, Giải Bóng đá học sinh THCS huyện Krông Năng "
        "lần thứ X năm 2026 đã bế mạc tại sân vận động Trung tâm Văn hóa - Thể thao huyện."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Giải có 16 đội bóng đến từ các trường THCS trên địa bàn huyện với gần 300 vận động "
            "viên tham gia, thi đấu theo thể thức vòng bảng và loại trực tiếp."
        ),
        P(
            "Trận chung kết diễn ra hấp dẫn giữa Trường THCS Nguyễn Tất Thành và Trường THCS Phan "
            "Chu Trinh. Sau hai hiệp thi đấu chính thức với tỷ số hòa 1 - 1, đội Trường THCS "
            "Nguyễn Tất Thành giành chiến thắng 4 - 3 trong loạt sút luân lưu để lên ngôi vô địch."
        ),
        Img(
            f"{U}/2026_10/giai-bong-da-thcs-2026.jpg",
            "Ban tổ chức trao cúp vô địch cho đội bóng Trường THCS Nguyễn Tất Thành",
            "Ban tổ chức trao cúp vô địch cho đội bóng Trường THCS Nguyễn Tất Thành",
            style="pem",
        ),
        P(
            "Giải Nhì thuộc về Trường THCS Phan Chu Trinh; đồng giải Ba là Trường THCS Lương Thế "
            "Vinh và Trường THCS Ea Hồ. Giải phong cách được trao cho đội bóng Trường THCS Dliê "
            "Ya; cầu thủ Y Khoa Êban (THCS Ea Hồ) nhận danh hiệu Vua phá lưới với 7 bàn thắng."
        ),
        P(
            "Giải đấu là dịp để học sinh rèn luyện thể chất, giao lưu học hỏi, đồng thời là cơ sở "
            "để Phòng GD&ĐT tuyển chọn đội tuyển tham dự Giải Bóng đá học sinh tỉnh Đắk Lắk năm "
            "2027."
        ),
    ],
    authors=["Y Blin Êban"],
    opts={"publ": "2026-10-24 16:20", "edit": "2026-10-24 16:20", "cats": ["tin-tuc-su-kien"],
          "author": "Y Blin Êban", "thumb": "2026_10/giai-bong-da-thcs-2026.jpg", "nfd": True},
)

S315 = Story(
    id=315,
    slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
    title="Khai mạc Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-22T10:05:00+07:00",
    summary=(
        "Sáng 21/11, tại Trường Tiểu học Lê Văn Tám (thị trấn Krông Năng), Phòng GD&ĐT huyện "
        "khai mạc Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 với 86 "
        "giáo viên tham gia."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi nhằm phát hiện, bồi dưỡng và tôn vinh những giáo viên có năng lực chuyên môn "
            "vững vàng, tích cực đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông "
            "2018; đồng thời tạo cơ hội để đội ngũ giáo viên giao lưu, chia sẻ kinh nghiệm."
        ),
        P("Nội dung và hình thức thi", "h"),
        P(
            "Mỗi giáo viên dự thi phải trình bày biện pháp nâng cao chất lượng giảng dạy, giáo dục "
            "học sinh và thực hành dạy 02 tiết trên lớp, trong đó có 01 tiết do giáo viên tự chọn "
            "và 01 tiết bốc thăm trước 03 ngày."
        ),
        Img(
            f"{U}/2026_11/khai-mac-hoi-thi-gvdg-th.jpg",
            "Các giáo viên dự thi bốc thăm tiết dạy",
            "Các giáo viên dự thi bốc thăm tiết dạy",
            style="fig",
        ),
        P(
            "Các tiết dạy được tổ chức tại 5 điểm trường: Tiểu học Lê Văn Tám, Tiểu học Nơ Trang "
            "Lơng, Tiểu học Kim Đồng, Tiểu học Ea Tóh và Tiểu học Phú Lộc. Ban giám khảo gồm 32 "
            "thành viên là chuyên viên Phòng GD&ĐT, cán bộ quản lý và giáo viên cốt cán."
        ),
        P(
            "Phát biểu khai mạc, bà Lê Thị Mỹ Dung, Phó Trưởng phòng GD&ĐT đề nghị Ban giám khảo "
            "làm việc khách quan, công bằng; các giáo viên dự thi phát huy sáng tạo, mạnh dạn vận "
            "dụng các phương pháp, kỹ thuật dạy học tích cực. Hội thi diễn ra đến hết ngày 25/11."
        ),
    ],
    authors=["Tổ Tiểu học"],
    opts={"publ": "2026-11-22 10:05", "edit": "2026-11-22 10:05",
          "cats": ["hoat-dong-chuyen-mon", "tin-tuc-su-kien"], "author": "Tổ Tiểu học",
          "topic": "hoi-thi-giao-vien-day-gioi-cap-huyen-2026-2027",
          "thumb": "2026_11/khai-mac-hoi-thi-gvdg-th.jpg"},
)

S323 = Story(
    id=323,
    slug="chuyen-de-phat-trien-nang-luc-doc-cho-hoc-sinh-lop-1-tai-truong-th-le-van-tam",
    title="Chuyên đề “Phát triển năng lực đọc cho học sinh lớp 1” tại Trường Tiểu học Lê Văn Tám",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-04T14:00:00+07:00",
    summary=(
        "Nhằm nâng cao chất lượng dạy học môn Tiếng Việt lớp 1, đặc biệt với học sinh người dân "
        "tộc thiểu số, ngày 03/12, Phòng GD&ĐT tổ chức chuyên đề cấp huyện “Phát triển năng lực "
        "đọc cho học sinh lớp 1” tại Trường Tiểu học Lê Văn Tám."
    ),
    sapo_outside=True,
    blocks=[
        Img(f"{U}/2026_12/chuyen-de-doc-lop-1-a.jpg", "Cô Trần Thị Ngọc Ánh hướng dẫn học sinh lớp 1A luyện đọc theo nhóm",
            "Cô Trần Thị Ngọc Ánh hướng dẫn học sinh lớp 1A luyện đọc theo nhóm", style="fig"),
        P(
            "Tham dự chuyên đề có phó hiệu trưởng phụ trách chuyên môn và tổ trưởng khối 1 của 24 "
            "trường tiểu học trên địa bàn huyện."
        ),
        P(
            "Hai tiết dạy minh họa do cô Trần Thị Ngọc Ánh và cô H'Nga Byă thực hiện đã vận dụng "
            "linh hoạt trò chơi học tập, thẻ chữ, tranh ảnh gần gũi với đời sống buôn làng, giúp "
            "học sinh hứng thú, mạnh dạn đọc trước lớp."
        ),
        P(
            "Trẻ đọc được là nhờ được nghe, được nói trước; muốn các em đọc tốt thì lớp học phải "
            "là nơi các em được nói nhiều nhất.",
            "q",
        ),
        P(
            "Trong phần thảo luận, các đại biểu tập trung trao đổi về cách tăng cường tiếng Việt "
            "cho học sinh người Ê Đê trước khi vào lớp 1, việc phối hợp với cha mẹ học sinh trong "
            "luyện đọc ở nhà và cách sử dụng tủ sách lớp học hiệu quả."
        ),
        Img(f"{U}/2026_12/chuyen-de-doc-lop-1-b.jpg", "Đại biểu dự giờ tiết dạy minh họa",
            "Đại biểu dự giờ tiết dạy minh họa", style="fig"),
        P(
            "Kết thúc chuyên đề, Phòng GD&ĐT đề nghị các trường tổ chức sinh hoạt chuyên môn lại "
            "ở cấp trường trước ngày 20/12 và nhân rộng những cách làm hay đã được chia sẻ."
        ),
        Raw('<p style="text-align: right;"><strong>Nguyễn Thị Thu Hà - Trường TH Lê Văn Tám</strong></p>'),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    opts={"publ": "2026-12-04 14:00", "edit": "2026-12-04 14:35", "cats": ["hoat-dong-chuyen-mon"],
          "author": "Nguyễn Thị Thu Hà", "thumb": "2026_12/chuyen-de-doc-lop-1-a.jpg",
          "homeimg_thumb": True,
          "comments": [
              Comment("Phụ huynh lớp 1A", "04/12/2026 19:30",
                      "Chuyên đề rất thiết thực. Mong nhà trường hướng dẫn thêm cho phụ huynh cách "
                      "kèm con đọc ở nhà.", likes=3),
              Comment("Nguyễn Thị Thu Hà", "05/12/2026 06:55",
                      "Cảm ơn ý kiến của quý phụ huynh. Nhà trường sẽ gửi tài liệu hướng dẫn qua "
                      "giáo viên chủ nhiệm trong tuần tới.", reply_to=0),
              Comment("Y Thuận Niê", "05/12/2026 08:10",
                      "Cách dùng tranh ảnh buôn làng trong tiết dạy rất hay, bên THCS cũng nên "
                      "học tập cách làm này."),
          ]},
)

S319 = Story(
    id=319,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-cum-truong-thcs-so-2",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại cụm trường THCS số 2",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-29T07:50:00+07:00",
    summary=(
        "Trong tháng 11, cụm trường THCS số 2 gồm các trường THCS Ea Hồ, Phú Lộc, Ea Tóh và "
        "Dliê Ya đã tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học ở ba môn Ngữ văn, Toán "
        "và Khoa học tự nhiên."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo kế hoạch của Phòng GD&ĐT, mỗi cụm trường tổ chức ít nhất 03 buổi sinh hoạt "
            "chuyên môn liên trường trong học kỳ I, tập trung vào việc quan sát hoạt động học của "
            "học sinh thay vì đánh giá giờ dạy của giáo viên."
        ),
        P("Lịch sinh hoạt chuyên môn của cụm như sau:"),
        P("Ngày | Môn | Đơn vị đăng cai | Người dạy minh họa", "tr"),
        P("12/11/2026 | Ngữ văn 8 | THCS Ea Hồ | Cô Nguyễn Thị Hằng", "tr"),
        P("19/11/2026 | Toán 9 | THCS Phú Lộc | Thầy Lê Văn Sơn", "tr"),
        P("26/11/2026 | KHTN 7 | THCS Dliê Ya | Cô H'Mai Ayun", "tr"),
        Img(f"{U}/2026_11/shcm-cum-2.jpg", "Giáo viên quan sát học sinh làm việc nhóm trong tiết Toán 9",
            "Giáo viên quan sát học sinh làm việc nhóm trong tiết Toán 9", style="pem"),
        P(
            "Sau mỗi tiết dạy, giáo viên dự giờ chia sẻ những gì quan sát được về cách học sinh "
            "tiếp nhận nhiệm vụ, hợp tác trong nhóm và những khó khăn các em gặp phải; từ đó cùng "
            "đề xuất điều chỉnh thiết kế bài học."
        ),
        P(
            "Qua ba buổi sinh hoạt, giáo viên trong cụm đã có thêm kinh nghiệm tổ chức hoạt động "
            "nhóm, sử dụng phiếu học tập và đánh giá thường xuyên bằng nhận xét."
        ),
    ],
    authors=["Y Thuận Niê"],
    opts={"publ": "2026-11-29 07:50", "edit": "2026-11-30 09:12", "cats": ["hoat-dong-chuyen-mon"],
          "author": "ThS. Y Thuận Niê - Tổ chuyên môn THCS", "thumb": "2026_11/shcm-cum-2.jpg"},
)

S310 = Story(
    id=310,
    slug="kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-tai-xa-dlie-ya",
    title="Kiểm tra công tác phổ cập giáo dục, xóa mù chữ tại xã Dliê Ya",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-29T13:30:00+07:00",
    blocks=[
        P(
            "Ngày 28/10/2026, Đoàn kiểm tra của Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ huyện "
            "Krông Năng do ông Phạm Văn Lực, Trưởng phòng GD&ĐT làm trưởng đoàn đã kiểm tra công "
            "tác phổ cập giáo dục, xóa mù chữ năm 2026 tại xã Dliê Ya."
        ),
        P(
            "Đoàn đã kiểm tra hồ sơ phổ cập giáo dục mầm non cho trẻ 5 tuổi, phổ cập giáo dục tiểu "
            "học, THCS và xóa mù chữ; đối chiếu số liệu trên hệ thống thông tin điện tử quản lý phổ "
            "cập giáo dục với sổ theo dõi của các trường."
        ),
        P(
            "Kết quả, xã Dliê Ya duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi, phổ cập "
            "giáo dục tiểu học mức độ 3, phổ cập giáo dục THCS mức độ 2 và xóa mù chữ mức độ 2."
        ),
        P(
            "Đoàn đề nghị UBND xã tiếp tục chỉ đạo các thôn, buôn phối hợp với nhà trường vận động "
            "học sinh bỏ học trở lại lớp, mở thêm lớp xóa mù chữ cho người trong độ tuổi 15 - 60 ở "
            "buôn Ea Rớt và buôn Tơng Jú."
        ),
    ],
    source="Cổng thông tin điện tử huyện Krông Năng",
    opts={"publ": "2026-10-29 13:30", "edit": "2026-10-29 13:30", "cats": ["hoat-dong-chuyen-mon"],
          "source": ("Cổng thông tin điện tử huyện Krông Năng", None)},
)

S302 = Story(
    id=302,
    slug="tap-huan-boi-duong-giao-vien-cot-can-mon-tin-hoc-cap-tieu-hoc",
    title="Tập huấn bồi dưỡng giáo viên cốt cán môn Tin học cấp Tiểu học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-05T08:00:00+07:00",
    summary=(
        "Từ ngày 02 đến 04/10/2026, Phòng GD&ĐT huyện Krông Năng tổ chức lớp tập huấn bồi dưỡng "
        "giáo viên cốt cán môn Tin học cấp Tiểu học cho 35 giáo viên."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Lớp tập huấn do thầy Đỗ Quang Vinh, chuyên viên Phòng GD&ĐT cùng các báo cáo viên là "
            "giáo viên cốt cán cấp tỉnh trực tiếp hướng dẫn."
        ),
        P(
            "Nội dung tập trung vào dạy học lập trình trực quan với Scratch, khai thác phần mềm "
            "luyện gõ phím, xây dựng ma trận và đề kiểm tra định kỳ môn Tin học theo Thông tư "
            "27/2020/TT-BGDĐT."
        ),
        Img(f"{U}/2026_10/tap-huan-tin-hoc-th.jpg", "Giáo viên thực hành lập trình Scratch",
            "Giáo viên thực hành lập trình Scratch", style="fig"),
        P(
            "Sau tập huấn, mỗi giáo viên cốt cán có trách nhiệm hỗ trợ đồng nghiệp trong cụm "
            "trường và chia sẻ ít nhất 02 kế hoạch bài dạy lên kho học liệu số của huyện."
        ),
        Raw('<p>Xem thêm: <a href="/news/hoat-dong-chuyen-mon/">Các tin hoạt động chuyên môn</a></p>'),
    ],
    opts={"publ": "2026-10-05 08:00", "edit": "2026-10-06 08:20", "cats": ["hoat-dong-chuyen-mon"],
          "thumb": "2026_10/tap-huan-tin-hoc-th.jpg",
          "files": [("Ke-hoach-tap-huan-Tin-hoc-TH.pdf", "/uploads/news/2026_10/ke-hoach-tap-huan-tin-hoc-th.pdf")]},
)

_LETTERHEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody>'
    '<tr><td style="text-align: center; width: 42%;"><span style="font-size:12px;">UBND HUYỆN KRÔNG NĂNG</span><br />'
    "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align: center;">Số: 412/TB-PGDĐT</td>'
    '<td style="text-align: center;"><em>Krông Năng, ngày 30 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tuyển dụng hợp đồng nhân viên y tế trường học năm 2026</strong></p>"
)
_SIGNOFF = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
    '<td style="vertical-align: top; width: 50%;"><strong><em>Nơi nhận:</em></strong><br />'
    "- Các trường MN, TH, THCS (t/h);<br />- UBND huyện (b/c);<br />- Website Phòng;<br />"
    "- Lưu: VT.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>KT. TRƯỞNG PHÒNG<br />'
    "PHÓ TRƯỞNG PHÒNG</strong><br /><br /><em>(Đã ký)</em><br /><br />"
    "<strong>Lê Thị Mỹ Dung</strong></td></tr></tbody></table>"
)

S324 = Story(
    id=324,
    slug="thong-bao-ve-viec-tuyen-dung-hop-dong-nhan-vien-y-te-truong-hoc-nam-2026",
    title="Thông báo về việc tuyển dụng hợp đồng nhân viên y tế trường học năm 2026",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Nghị định số 111/2022/NĐ-CP ngày 30/12/2022 của Chính phủ về hợp đồng đối với "
            "một số loại công việc trong cơ quan hành chính và đơn vị sự nghiệp công lập; căn cứ "
            "nhu cầu vị trí việc làm của các đơn vị trường học, Phòng Giáo dục và Đào tạo huyện "
            "Krông Năng thông báo tuyển dụng hợp đồng nhân viên y tế trường học năm 2026 như sau:"
        ),
        P("1. Số lượng và vị trí cần tuyển", "b"),
        P(
            "Tuyển 06 nhân viên y tế cho các trường: Tiểu học Y Jút, Tiểu học Cư Klông, Tiểu học "
            "Ea Tân, THCS Ea Dăh, THCS Ea Puk và THCS Tam Giang."
        ),
        P("2. Điều kiện đăng ký dự tuyển", "b"),
        P(
            "Có quốc tịch Việt Nam, đủ 18 tuổi trở lên, có đủ sức khỏe; có bằng tốt nghiệp trung "
            "cấp y trở lên; ưu tiên người có hộ khẩu thường trú tại huyện Krông Năng và người biết "
            "tiếng Ê Đê."
        ),
        P("3. Thời gian và địa điểm nhận hồ sơ", "b"),
        P(
            "Từ ngày 01/12/2026 đến hết ngày 15/12/2026 (trong giờ hành chính), tại Bộ phận Tổ "
            "chức - Phòng Giáo dục và Đào tạo huyện Krông Năng, số 45 đường Hùng Vương, thị trấn "
            "Krông Năng. Điện thoại liên hệ: 0262.3675.126."
        ),
        P(
            "Phòng Giáo dục và Đào tạo thông báo để các đơn vị trường học niêm yết công khai và "
            "người có nhu cầu biết, đăng ký dự tuyển./."
        ),
        Raw(_SIGNOFF),
    ],
    authors=["Lê Thị Mỹ Dung"],
    opts={"publ": "2026-12-04 10:20", "edit": "2026-12-04 10:20", "cats": ["thong-bao"]},
)

S322 = Story(
    id=322,
    slug="lich-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
    title="Lịch thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-12-03T16:10:00+07:00",
    summary=(
        "Phòng GD&ĐT thông báo lịch thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027, "
        "tổ chức tại Hội đồng thi Trường THCS Nguyễn Tất Thành."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Kỳ thi dành cho học sinh lớp 9 đang học tại các trường THCS trên địa bàn huyện, gồm "
            "9 môn: Ngữ văn, Toán, Tiếng Anh, Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí và Tin học."
        ),
        P("Ngày thi | Buổi | Môn thi | Thời gian làm bài", "tr"),
        P("17/12/2026 | Sáng | Ngữ văn, Toán | 150 phút", "tr"),
        P("17/12/2026 | Chiều | Tiếng Anh, Tin học | 150 phút", "tr"),
        P("18/12/2026 | Sáng | Vật lí, Hóa học, Sinh học | 150 phút", "tr"),
        P("18/12/2026 | Chiều | Lịch sử, Địa lí | 150 phút", "tr"),
        P(
            "Thí sinh có mặt tại phòng thi trước giờ thi 30 phút, mang theo thẻ học sinh; các "
            "trường gửi danh sách đội tuyển qua hệ thống quản lý văn bản trước ngày 10/12/2026."
        ),
    ],
    opts={"publ": "2026-12-03 16:10", "edit": "2026-12-03 16:10", "cats": ["thong-bao"],
          "old_alias": "lich-thi-hoc-sinh-gioi-lop-9-cap-huyen"},
)

S316 = Story(
    id=316,
    slug="thong-bao-ket-qua-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc",
    title="Thông báo kết quả Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-11-25T17:00:00+07:00",
    summary=(
        "Sau 5 ngày tổ chức, Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - "
        "2027 đã kết thúc; 71/86 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp huyện."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi được khai mạc ngày 21/11 (xem tin khai mạc hội thi) với sự tham gia của 86 "
            "giáo viên đến từ 24 trường tiểu học trên địa bàn huyện.",
            "link315",
        ),
        P("Kết quả cụ thể như sau:"),
        P("Giáo viên dạy giỏi xếp loại Xuất sắc: 18 giáo viên;", "li"),
        P("Giáo viên dạy giỏi xếp loại Tốt: 53 giáo viên;", "li"),
        P("Đơn vị có tỷ lệ giáo viên đạt cao nhất: Trường Tiểu học Lê Văn Tám (5/5 giáo viên).", "li"),
        P(
            "Phòng GD&ĐT sẽ tổ chức tổng kết và trao giấy chứng nhận cho các giáo viên đạt danh "
            "hiệu trong tháng 12/2026. Danh sách chi tiết được gửi đến các trường qua hệ thống "
            "quản lý văn bản điều hành."
        ),
    ],
    opts={"publ": "2026-11-25 17:00", "edit": "2026-11-26 08:00", "cats": ["thong-bao"],
          "topic": "hoi-thi-giao-vien-day-gioi-cap-huyen-2026-2027"},
)

STORIES: list[Story] = [S321, S318, S315, S312, S309, S305, S323, S319, S310, S302, S324, S322, S316]
BY_ID = {s.id: s for s in STORIES}


# --- helpers -----------------------------------------------------------------------------------

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
TODAY_LINE = "Thứ Bảy, 05/12/2026"


def _when(value: str) -> dt.datetime:
    return dt.datetime.strptime(value, "%Y-%m-%d %H:%M")


def printed_time(story: Story) -> str:
    """detail.tpl's ``{DETAIL.publtime}``: nv_date('l - d/m/Y H:i')."""
    when = _when(story.opts["publ"])
    return f"{_WEEKDAYS[when.weekday()]} - {when:%d/%m/%Y %H:%M}"


def og_time(value: str) -> str:
    """PHP ``date('Y-m-dTH:i:s')``: the "T" prints the zone abbreviation ("+07")."""
    when = _when(value)
    return f"{when:%Y-%m-%d}+07{when:%H:%M}:00"


def day(story: Story) -> str:
    return f"{_when(story.opts['publ']):%d/%m/%Y}"


def cats_of(story: Story) -> list[str]:
    return story.opts["cats"]


def art_path(story: Story, cat: str | None = None) -> str:
    return f"/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story, cat: str | None = None) -> str:
    return f"/news/print/{cat or story.cat}/{story.slug}-{story.id}.html"


def old_path(story: Story, cat: str | None = None) -> str:
    return f"/index.php?language=vi&nv=news&op={cat or story.cat}/{story.slug}-{story.id}"


def thumb(story: Story) -> str:
    if "thumb" in story.opts:
        return "/assets/news/" + story.opts["thumb"]
    return "/themes/default/images/no_image.gif"


def clean60(title: str, limit: int = 60) -> str:
    """nv_clean60: cut at a word boundary and add "..."."""
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0]
    return cut + "..."


def hometext_clean(story: Story, limit: int = 160) -> str:
    source = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return clean60(source, limit)


def listing(cat: str) -> list[Story]:
    return sorted(
        (s for s in STORIES if cat in cats_of(s)), key=lambda s: s.opts["publ"], reverse=True
    )


def newest_first(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["publ"], reverse=True)


# --- chrome --------------------------------------------------------------------------------------

_MENU = [
    ("Trang nhất", "/", []),
    ("Giới thiệu", "/about/gioi-thieu-chung.html", [
        ("Giới thiệu chung", "/about/gioi-thieu-chung.html"),
        ("Cơ cấu tổ chức", "/about/co-cau-to-chuc.html"),
    ]),
    ("Tin tức", "/news/", [(name, f"/news/{alias}/") for alias, (_, name) in CATS.items()]),
    ("Văn bản", "/van-ban/detail/ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027-58.html", [
        ("Kế hoạch năm học", "/van-ban/detail/ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027-58.html"),
        ("Quyết định", "/van-ban/detail/quyet-dinh-cong-nhan-truong-dat-chuan-quoc-gia-61.html"),
    ]),
    ("Liên hệ", "/contact/", []),
]


def _menu_html(active: str) -> str:
    items = []
    for name, href, subs in _MENU:
        classes = " ".join(c for c in ("active" if href == active else "", "dropdown" if subs else "") if c)
        cls = f' class="{classes}"' if classes else ""
        if subs:
            sub = "".join(
                f'<li><a href="{esc(h)}" title="{esc(n)}">{esc(n)}</a></li>' for n, h in subs
            )
            items.append(
                f'<li{cls} role="presentation"><a class="dropdown-toggle" href="{esc(href)}" '
                f'role="button" aria-expanded="false" title="{esc(name)}">{esc(name)} <strong class="caret">&nbsp;</strong></a>'
                f'<ul class="dropdown-menu">{sub}</ul></li>'
            )
        else:
            items.append(f'<li{cls} role="presentation"><a href="{esc(href)}" title="{esc(name)}">{esc(name)}</a></li>')
    return "".join(items)


def _breadcrumb_html(trail: list[tuple[str, str]]) -> str:
    if not trail:
        return ""
    items = []
    for pos, (name, href) in enumerate([("Trang nhất", "/"), *trail], start=1):
        items.append(
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
            f'<a href="{esc(href)}" itemprop="item" title="{esc(name)}"><span itemprop="name">{esc(name)}</span></a>'
            f'<i class="hidden" itemprop="position" content="{pos}"></i></li>'
        )
    return (
        '<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix">'
        '<div class="col-xs-24 col-sm-18 col-md-18"><div class="breadcrumbs-wrap"><div class="display">'
        '<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);">'
        '<em class="fa fa-lg fa-angle-right"></em></a>'
        '<ul class="breadcrumbs list-none"></ul></div>'
        '<ul class="subs-breadcrumbs"></ul>'
        '<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">'
        + "".join(items)
        + "</ul></div></div>"
        '<div class="headerSearch col-xs-24 col-sm-6 col-md-6"><form action="/seek/" method="get">'
        '<div class="input-group"><input type="text" class="form-control" maxlength="60" name="q" '
        'placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="submit" '
        'class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></span></div></form></div>'
        "</div></div></div></nav>"
    )


def _slider_html() -> str:
    items = []
    for s in (S321, S318, S315, S312):
        items.append(
            f'<div class="tnb-item"><a href="{art_path(s)}" title="{esc(s.title)}">'
            f'<img src="{thumb(s)}" alt="{esc(s.title)}" width="360" height="240"></a>'
            f'<div class="tnb-cap"><h3><a href="{art_path(s)}" title="{esc(s.title)}">{esc(clean60(s.title))}</a></h3>'
            f"<p>{esc(hometext_clean(s, 120))}</p></div></div>"
        )
    # the carousel script clones the first two items after load; the server prints them once
    return (
        '<div class="panel panel-default tnb-box"><div class="panel-heading"><em class="fa fa-star"></em> Tin nổi bật</div>'
        '<div class="panel-body"><div id="tnb-slider-62" class="tnb-slider" data-autoplay="5000">'
        + "".join(items)
        + "</div></div></div>"
    )


def _marquee_html() -> str:
    links = [
        (old_path(S324).replace("&", "&amp;"), S324.title),
        (f"/news/thong-bao/{S322.opts['old_alias']}-{S322.id}.html", "Lịch thi học sinh giỏi lớp 9 cấp huyện"),
        (art_path(S316), S316.title),
    ]
    lis = "".join(
        f'<li><img src="/themes/pgdkrongnang/images/new.gif" alt="" width="28" height="11"> '
        f'<a href="{href}" title="{esc(title)}">{esc(title)}</a></li>'
        for href, title in links
    )
    return (
        '<div class="panel panel-primary tb-block"><div class="panel-heading">Thông báo</div>'
        '<div class="panel-body"><marquee behavior="scroll" direction="up" scrollamount="2" height="170" '
        'onmouseover="this.stop();" onmouseout="this.start();"><ul class="list-none tb-marquee">'
        + lis
        + "</ul></marquee></div></div>"
    )


def _most_read_html() -> str:
    lis = "".join(
        f'<li class="clearfix"><a href="{art_path(s)}" title="{esc(s.title)}"><img src="{thumb(s)}" '
        f'alt="{esc(s.title)}" width="60" class="img-thumbnail pull-left mr-1"></a>'
        f'<a class="show" href="{art_path(s)}" title="{esc(s.title)}">{esc(clean60(s.title, 70))}</a></li>'
        for s in (S318, S323, S312, S316)
    )
    return (
        '<div class="panel panel-default"><div class="panel-heading">Xem nhiều</div>'
        f'<div class="panel-body"><ul class="block_tophits list-none list-items">{lis}</ul></div></div>'
    )


_SIDEBAR_STATIC = (
    '<div class="panel panel-default"><div class="panel-heading">Văn bản mới</div><div class="panel-body">'
    '<ul class="list-none laws-block">'
    '<li><a href="/van-ban/detail/ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027-58.html">'
    "Kế hoạch số 215/KH-PGDĐT thực hiện nhiệm vụ năm học 2026 - 2027</a><br><span class=\"small\">Ban hành: 15/09/2026</span></li>"
    '<li><a href="/van-ban/detail/quyet-dinh-cong-nhan-truong-dat-chuan-quoc-gia-61.html">'
    "Quyết định công nhận trường đạt chuẩn quốc gia</a><br><span class=\"small\">Ban hành: 02/10/2026</span></li>"
    "</ul></div></div>"
    '<div class="panel panel-default"><div class="panel-heading">Thăm dò ý kiến</div><div class="panel-body">'
    '<form action="/voting/" method="post"><p><strong>Bạn đánh giá thế nào về Cổng thông tin điện tử của Phòng?</strong></p>'
    '<div class="radio"><label><input type="radio" name="option" value="1"> Rất hữu ích</label></div>'
    '<div class="radio"><label><input type="radio" name="option" value="2"> Hữu ích</label></div>'
    '<div class="radio"><label><input type="radio" name="option" value="3"> Cần cải thiện thêm</label></div>'
    '<input type="button" class="btn btn-success btn-sm" value="Bình chọn" onclick="nv_sendvoting(this.form, 2, 1, \'6f1b\', \'\', \'0\');">'
    ' <input type="button" class="btn btn-primary btn-sm" value="Kết quả" onclick="nv_sendvoting(this.form, 2, 0, \'6f1b\', \'\', \'0\');">'
    "</form></div></div>"
    '<div class="panel panel-default"><div class="panel-heading">Liên kết website</div><div class="panel-body">'
    '<select class="form-control" onchange="if(this.value) window.open(this.value);">'
    '<option value="">-- Chọn liên kết --</option>'
    '<option value="https://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option>'
    '<option value="https://krongnang.daklak.gov.vn">UBND huyện Krông Năng</option>'
    '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option></select></div></div>'
    '<div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">'
    '<ul class="counter list-none display-table">'
    '<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>37</span></li>'
    '<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">1.208</span></li>'
    '<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>6.742</span></li>'
    '<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>2.108.553</span></li>'
    "</ul></div></div>"
)


def page(
    request: Request,
    title: str,
    main: str,
    trail: list[tuple[str, str]],
    *,
    home: bool = False,
    active: str = "",
    meta: str = "",
) -> Response:
    site_name = (
        f"<h1>{esc(SITE_NAME)}</h1>" if home else f'<span class="site_name">{esc(SITE_NAME)}</span>'
    )
    body = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="NukeViet v4.3" />
<meta name="author" content="{esc(SITE_NAME)}" />
<meta name="copyright" content="{esc(SITE_NAME)} [pgdkrongnang@daklak.edu.vn]" />
<meta property="og:site_name" content="{esc(SITE_NAME)}" />
{meta}
<link rel="shortcut icon" href="/favicon.ico">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/pgdkrongnang/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/pgdkrongnang/css/style.css">
<link rel="StyleSheet" href="/themes/pgdkrongnang/css/news.css">
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_w4kFt",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=0,nv_is_recaptcha=0;</script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/pgdkrongnang/js/main.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
<div class="wraper">
<header>
<div class="container">
<div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8">
<a title="{esc(SITE_NAME)}" href="/"><img src="/uploads/logo-pgd-krong-nang.png" width="90" height="90" alt="{esc(SITE_NAME)}" /></a>
{site_name}
<span class="site_description">Cổng thông tin điện tử - UBND huyện Krông Năng, tỉnh Đắk Lắk</span>
</div>
<div class="col-xs-24 col-sm-24 col-md-16"><div id="banner-top"><img src="/uploads/banner-truong-hoc-hanh-phuc.jpg" alt="Xây dựng trường học hạnh phúc" width="720" height="90"></div></div>
</div>
</div>
</header>
<nav class="second-nav" id="menusite">
<div class="container"><div class="row"><div class="bg box-shadow">
<ul class="nav navbar-nav">{_menu_html(active)}</ul>
<div class="today-line pull-right"><em class="fa fa-calendar"></em> {TODAY_LINE}</div>
</div></div></div>
</nav>
<section>
<div class="container" id="body">
{_breadcrumb_html(trail)}
<div class="row">
<div class="col-sm-16 col-md-18">
{main}
</div>
<div class="col-sm-8 col-md-6">
{_marquee_html()}
{_most_read_html()}
{_SIDEBAR_STATIC}
</div>
</div>
</div>
</section>
</div>
<footer id="footer" class="wraper">
<div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-16">
<div class="panel-body"><h3 class="site_name">{esc(SITE_NAME.upper())}</h3>
<ul class="company_info list-none">
<li class="company_address"><em class="fa fa-map-marker"></em> Địa chỉ: 45 Hùng Vương, thị trấn Krông Năng, huyện Krông Năng, tỉnh Đắk Lắk</li>
<li><em class="fa fa-phone"></em> Điện thoại: 0262.3675.126 - Fax: 0262.3675.128</li>
<li><em class="fa fa-envelope"></em> Email: <a href="mailto:pgdkrongnang@daklak.edu.vn">pgdkrongnang@daklak.edu.vn</a></li>
<li>Chịu trách nhiệm chính: Ông Phạm Văn Lực - Trưởng phòng</li>
</ul></div></div>
<div class="col-xs-24 col-sm-24 col-md-8"><div class="panel-body">
<p>&copy; Bản quyền thuộc về {esc(SITE_NAME)}. Ghi rõ nguồn "{esc(SITE_SHORT)}" khi phát hành lại thông tin từ website này.</p>
<p class="small">Thiết kế bởi <a href="https://vinades.vn" rel="nofollow">VINADES.,JSC</a> - Powered by <a href="https://nukeviet.vn" rel="nofollow">NukeViet</a></p>
<div class="social-icons"><a href="https://www.facebook.com/pgdkrongnang" rel="nofollow"><em class="fa fa-facebook"></em></a> <a href="https://www.youtube.com/@pgdkrongnang" rel="nofollow"><em class="fa fa-youtube"></em></a></div>
</div></div></div></div>
</footer>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="/themes/pgdkrongnang/js/bootstrap.min.js"></script>
<script src="/themes/pgdkrongnang/js/slick.min.js"></script>
<script>$(function(){{$('#tnb-slider-62').slick({{autoplay:true,dots:false,arrows:true}});}});</script>
</body>
</html>
"""
    return html(body)


# --- the article's text --------------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _img_tag(src: str, alt: str = "", width: int = 700, height: int = 467) -> str:
    return f'<img alt="{esc(alt)}" height="{height}" src="{esc(src)}" width="{width}" />'


def render_body(story: Story) -> str:
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "home")]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "tbl2":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "tbl2":
                    group.append(blocks[i])
                    i += 1
                rows = []
                for k in range(0, len(group), 2):
                    pair = group[k : k + 2]
                    rows.append(
                        "<tr>"
                        + "".join(
                            f'<td style="text-align: center; width: 50%;">{_img_tag(g.src, "", 340, 227)}</td>'
                            for g in pair
                        )
                        + "</tr><tr>"
                        + "".join(
                            f'<td style="text-align: center; vertical-align: top;"><em><span style="font-size:12px;">{_t(story, g.printed or "")}</span></em></td>'
                            for g in pair
                        )
                        + "</tr>"
                    )
                out.append(
                    '<table align="center" border="0" cellpadding="2" cellspacing="2" style="width:100%"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
                continue
            if b.style == "fig":
                out.append(
                    '<div style="text-align:center"><figure class="image" style="display:inline-block">'
                    f"{_img_tag(b.src)}<figcaption>{_t(story, b.printed or '')}</figcaption></figure></div>"
                )
            elif b.style == "pem":
                out.append(f'<p style="text-align: center;">{_img_tag(b.src)}</p>')
                out.append(f'<p style="text-align: center;"><em>{_t(story, b.printed or "")}</em></p>')
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b.src)}</p>')
            i += 1
            continue
        # a paragraph
        style = b.style
        if style in ("li", "ol"):
            tag = "ul" if style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>" + "".join(items) + f"</{tag}>")
            continue
        if style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                if first:
                    rows.append(
                        '<tr style="background-color:#dbe5f1;">'
                        + "".join(f'<td style="text-align:center"><strong>{_t(story, c)}</strong></td>' for c in cells)
                        + "</tr>"
                    )
                else:
                    rows.append("<tr>" + "".join(f"<td>{_t(story, c)}</td>" for c in cells) + "</tr>")
                first = False
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" class="table table-bordered" style="width:100%"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        if style == "br":
            lines = [_t(story, b.text)]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "brc":
                lines.append(_t(story, blocks[i].text))
                i += 1
            out.append('<div style="text-align: justify;">' + "<br />\n".join(lines) + "</div>")
            continue
        if style == "h":
            out.append(f'<h3><span style="color:#0000cd;">{_t(story, b.text)}</span></h3>')
        elif style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{_t(story, b.text)}</strong></p>')
        elif style == "q":
            out.append(f'<blockquote><p><em>{_t(story, b.text)}</em></p></blockquote>')
        elif style == "link315":
            link = old_path(S315).replace("&", "&amp;")
            before, after = b.text.split("tin khai mạc hội thi")
            out.append(
                f'<p style="text-align: justify;">{_t(story, before)}<a href="{link}">tin khai mạc hội thi</a>{_t(story, after)}</p>'
            )
        elif story.opts.get("div"):
            out.append(f'<div style="text-align: justify;">{_t(story, b.text)}</div>')
        else:
            out.append(f'<p style="text-align: justify;">{_t(story, b.text)}</p>')
        i += 1
    return "\n".join(out)


def _home_figure(story: Story) -> str:
    """figure.article: the home picture (imgposition 1 = /assets/ thumb, 2 = /uploads/ photo)."""
    home = next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)
    if home is not None:
        src, width, note = home.src, 460, home.printed or ""
    elif story.opts.get("homeimg_thumb"):
        src, width, note = thumb(story), 200, ""
    else:
        return ""
    return (
        '<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">'
        f'<div style="width:{width}px;"><p class="text-center"><img alt="{esc(story.title)}" '
        f'src="{esc(src)}" width="{width}" class="img-thumbnail"/></p>'
        f"<figcaption>{esc(note)}</figcaption></div></figure>"
        f'<div class="hidden" id="imgpreview" style="width:{width}px;"><p class="text-center">'
        f'<img alt="{esc(story.title)}" src="{esc(src)}" srcset="{esc(src)} 1x" class="img-thumbnail"/></p>'
        f"<figcaption>{esc(note)}</figcaption></div>"
    )


def _comments_html(story: Story) -> str:
    comments: list[Comment] = story.opts.get("comments", [])
    items = []
    for idx, c in enumerate(comments):
        if c.reply_to is not None:
            continue
        replies = [r for r in comments if r.reply_to == idx]
        inner = "".join(
            f'<div class="media"><a class="pull-left" href="#"><img class="media-object bg-gainsboro" '
            f'src="/themes/default/images/users/no_avatar.png" alt="{esc(r.name)}" width="40"/></a>'
            f'<div class="media-body"><div class="media-heading"><strong>{esc(r.name)}</strong></div>'
            f'<p class="cm-content">{esc(r.body)}</p><div class="comment-info clearfix">'
            f'<em class="fa fa-clock-o">&nbsp;</em>{esc(r.when)}</div></div></div>'
            for r in replies
        )
        items.append(
            f'<div class="media" id="cid_{1500 + story.id * 3 + idx}"><a class="pull-left" href="#">'
            '<img class="media-object bg-gainsboro" src="/themes/default/images/users/no_avatar.png" '
            f'alt="{esc(c.name)}" width="40"/></a><div class="media-body">'
            f'<div class="media-heading"><strong>{esc(c.name)}</strong></div>'
            f'<p class="cm-content">{esc(c.body)}</p>'
            '<div class="comment-info clearfix"><em class="fa fa-clock-o">&nbsp;</em>'
            f'{esc(c.when)} <a href="javascript:void(0);" onclick="nv_commment_feedback({1500 + story.id * 3 + idx}, '
            f"'{esc(c.name)}')\" class=\"text-primary\"><em class=\"fa fa-reply\">&nbsp;</em>Trả lời</a> "
            f'<a href="javascript:void(0);" onclick="nv_commment_like({1500 + story.id * 3 + idx}, 1);">'
            f'<em class="fa fa-thumbs-o-up">&nbsp;</em>Thích <span class="like">{c.likes}</span></a></div>'
            f"{inner}</div></div>"
        )
    listing_html = "".join(items) if items else ""
    return (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        f'<div id="idcomment" class="nv-fullbg" data-module="news" data-content="news" data-area="8" '
        f'data-id="{story.id}" data-allowed="4" data-checkss="{story.id:04d}a9c1e0f3b7d2">'
        '<div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left">'
        f'<p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc ({len(comments)})</p></div>'
        '<div class="col-xs-12 text-right"><select class="form-control" id="sort" onchange="nv_comment_sort_change(this);">'
        '<option value="0" selected="selected">Sắp xếp theo bình luận mới</option>'
        '<option value="1">Sắp xếp theo bình luận cũ</option>'
        '<option value="2">Sắp xếp theo số lượt thích</option></select></div></div>'
        f'<div id="showcomment" class="margin-bottom-lg"><div class="comment-list">{listing_html}</div></div>'
        '<div id="formcomment" class="comment-form"><form method="post" role="form" target="submitcommentarea" '
        'action="/index.php?language=vi&amp;nv=comment&amp;op=post" onsubmit="return nv_commment_buildform(this);" '
        'autocomplete="off" novalidate>'
        '<input type="hidden" name="module" value="news"/><input type="hidden" name="area" value="8"/>'
        f'<input type="hidden" name="id" value="{story.id}"/><input type="hidden" name="pid" value="0"/>'
        '<div class="form-group clearfix"><div class="row"><div class="col-xs-12">'
        '<input type="text" name="name" value="" class="form-control" placeholder="Họ tên"/></div>'
        '<div class="col-xs-12"><input type="email" name="email" value="" class="form-control" placeholder="Email"/></div></div></div>'
        '<div class="form-group clearfix"><textarea class="form-control" style="width: 100%" name="content" '
        'cols="20" rows="5" placeholder="Nội dung bình luận"></textarea></div>'
        '<div class="form-group text-center"><input type="button" value="Thiết lập lại" class="reset btn btn-default" '
        'onclick="nv_commment_reset(this.form);"/> <input type="submit" value="Gửi bình luận" class="btn btn-primary"/></div>'
        '</form><iframe class="hidden" id="submitcommentarea" name="submitcommentarea"></iframe></div>'
        "</div></div></div>"
    )


def _others_html(story: Story, cat: str) -> str:
    parts = []
    topic = story.opts.get("topic")
    if topic:
        t_title = TOPICS[topic][0]
        t_items = [s for s in newest_first(STORIES) if s.opts.get("topic") == topic and s is not story]
        lis = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{art_path(s)}" title="{esc(s.title)}">'
            f"{esc(s.title)}</a> <em>({day(s)})</em></li>"
            for s in t_items
        )
        parts.append(
            f'<p class="h3"><strong>Cùng chủ đề</strong>: <a href="/news/topic/{topic}/" title="{esc(t_title)}">'
            f"{esc(t_title)}</a></p>"
            f'<div class="clearfix"><ul class="detail-related related list-none list-items">{lis}</ul></div>'
        )
    others = [s for s in listing(cat) if s is not story][:3]
    lis = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{art_path(s, cat)}" data-placement="bottom" '
        f'data-content="{esc(hometext_clean(s))}" data-img="{thumb(s)}" data-rel="tooltip" title="{esc(s.title)}">'
        f"{esc(s.title)}</a> <em>({day(s)})</em></li>"
        for s in others
    )
    parts.append(
        '<p class="h3"><strong>Các tin khác</strong></p>'
        f'<div class="clearfix"><ul class="related list-none list-items">{lis}</ul></div>'
    )
    return '<div class="news_column panel panel-default"><div class="panel-body other-news">' + "".join(parts) + "</div></div>"


def _files_html(story: Story, cat: str) -> str:
    files = story.opts.get("files") or []
    if not files:
        return ""
    rows = []
    for n, (name, src) in enumerate(files):
        rows.append(
            '<div class="list-group-item"><span class="badge"><a role="button" data-toggle="collapse" '
            f'href="#file-{story.id}-{n}" aria-expanded="false" aria-controls="file-{story.id}-{n}">Xem trực tuyến</a></span>'
            f'<a href="{art_path(story, cat)}?download=1&amp;id={n}" title="{esc(name)}"><em class="fa fa-file-pdf-o"></em> {esc(name)}</a>'
            f'<div class="clearfix"></div><div class="collapse" id="file-{story.id}-{n}"><div class="well">'
            f'<iframe frameborder="0" height="600" scrolling="yes" src="https://docs.google.com/viewer?embedded=true&amp;url=http%3A%2F%2Fpgdkrongnang.edu.vn{src}" width="100%"></iframe>'
            "</div></div></div>"
        )
    return (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        '<h3 class="newh3"><em class="fa fa-download">&nbsp;</em> <strong>Tập tin đính kèm</strong></h3>'
        f'<div class="list-group news-download-file">{"".join(rows)}</div></div></div>'
    )


def _author_box(story: Story) -> str:
    rows = []
    if story.opts.get("author"):
        rows.append(f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(story.opts["author"])}</p>')
    if story.opts.get("source"):
        name, link = story.opts["source"]
        shown = f'<a title="{esc(name)}" rel="nofollow" href="{esc(link)}">{esc(name)}</a>' if link else esc(name)
        rows.append(f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{shown}</p>')
    if not rows:
        return ""
    return '<div class="margin-bottom-lg">' + "".join(rows) + "</div>"


def article_main(story: Story, cat: str) -> str:
    hometext = ""
    if story.summary and story.sapo_outside:
        hometext = f'<div class="hometext m-bottom" itemprop="description">{_t(story, story.summary)}</div>'
    show = _home_figure(story) + hometext
    show_html = f'<div class="clearfix">{show}</div>' if show else ""
    sendmail = f"/news/sendmail/{cat}/{story.slug}-{story.id}.html"
    rating = 4 + (story.id % 2) * 0.5
    views = f"{story.views():,}".replace(",", ".")
    return f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(story.title)}</h1>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5">{printed_time(story)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><span class="text-muted"><em class="fa fa-eye">&nbsp;</em>Lượt xem: {views}</span></li>
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('{sendmail}','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('{print_path(story, cat)}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
</ul></div>
</div>
{show_html}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_body(story)}
</div>
{_author_box(story)}
<div class="alert alert-info margin-bottom-lg">Bản quyền thuộc {esc(SITE_SHORT)}. Khi phát hành lại thông tin từ website này cần ghi rõ nguồn.</div>
</div>
</div>
{_files_html(story, cat)}
<div class="news_column panel panel-default"><div class="panel-body">
<form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng điểm của bài viết là: {rating * 10:.0f} trong {10} đánh giá</p>
<span itemscope itemtype="https://schema.org/AggregateRating"><span class="hidden" itemprop="itemReviewed">{esc(story.title)}</span> Xếp hạng: <span id="numberrating" itemprop="ratingValue">{rating}</span> - <span id="click_rating" itemprop="ratingCount">10</span> phiếu bầu</span>
<div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém"/><input class="hover-star" type="radio" value="2" title="Bài viết kém"/><input class="hover-star" type="radio" value="3" title="Bài viết đạt"/><input class="hover-star" type="radio" value="4" title="Bài viết tốt"/><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt"/></div>
</div></form>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="socialicon clearfix">
<div class="fb-like" data-href="{art_path(story)}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>
<a href="http://twitter.com/share" class="twitter-share-button">Tweet</a>
</div></div></div>
{_comments_html(story)}
{_others_html(story, cat)}
"""


def article_response(request: Request, story: Story, cat: str) -> Response:
    base = base_url(request)
    cat_name = CATS[cat][1]
    meta = (
        f'<meta name="description" content="{esc(hometext_clean(story, 200))}" />\n'
        f'<link rel="canonical" href="{base}{art_path(story)}" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:description" content="{esc(hometext_clean(story, 200))}" />\n'
        f'<meta property="og:url" content="{base}{art_path(story)}" />\n'
        + (f'<meta property="og:image" content="{base}{thumb(story)}" />\n' if "thumb" in story.opts else "")
        + f'<meta property="article:published_time" content="{og_time(story.opts["publ"])}" />\n'
        f'<meta property="article:modified_time" content="{og_time(story.opts["edit"])}" />\n'
        f'<meta property="article:section" content="{esc(CATS[story.cat][1])}" />'
    )
    return page(
        request,
        f"{story.title} - {cat_name} - {SITE_SHORT}",
        article_main(story, cat),
        [(MODULE_TITLE, "/news/"), (cat_name, f"/news/{cat}/")],
        active="/news/",
        meta=meta,
    )


def print_response(request: Request, story: Story, cat: str) -> Response:
    base = base_url(request)
    link = base + art_path(story, cat)
    hometext = f'<div class="hometext"><strong>{_t(story, story.summary)}</strong></div>' if story.summary else ""
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="content-type" content="text/html; charset=utf-8" />
<title>{esc(story.title)}</title><meta name="robots" content="noindex, nofollow" />
<link rel="StyleSheet" href="/themes/pgdkrongnang/css/print.css"></head>
<body><div id="print">
<div id="hd_print"><h2 class="pull-left">{esc(SITE_NAME)}</h2><p class="pull-right"><a title="{esc(SITE_NAME)}" href="{base}/">{base}</a></p></div>
<div class="clear"></div><hr />
<div id="content">
<div class="text-right"><a href="javascript:;" onclick="window.print()"><em class="fa fa-print">&nbsp;</em>In bài viết</a> <a href="javascript:;" onclick="window.close()"><em class="fa fa-power-off">&nbsp;</em>Đóng cửa sổ</a></div>
<h1>{esc(story.title)}</h1>
<ul class="list-inline"><li>{printed_time(story)}</li></ul>
<div class="clear"></div>
{hometext}
<div class="bodytext">{render_body(story)}</div>
{_author_box(story)}
<div class="clear"></div>
<div class="copyright">&copy; {esc(SITE_NAME)}</div>
<div id="footer" class="clearfix"><div class="pull-left"><span class="source">URL của bài viết này: <a title="{esc(story.title)}" href="{link}">{link}</a></span></div></div>
</div></div></body></html>"""
    return html(body)


def sendmail_response(story: Story) -> Response:
    body = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Gửi bài viết qua email</title>
<meta name="robots" content="noindex, nofollow" /></head><body>
<div class="sendmail"><form method="post" action="" class="form-horizontal">
<div class="h3 text-center">Gửi bài viết qua email</div>
<p>Bài viết: <strong>{esc(story.title)}</strong></p>
<div class="form-group"><label>Tên của bạn</label><input name="name" type="text" class="form-control"></div>
<div class="form-group"><label>Email người nhận</label><input name="email" type="email" class="form-control"></div>
<div class="form-group"><label>Lời nhắn</label><textarea name="content" rows="5" class="form-control"></textarea></div>
<input type="hidden" name="checkss" value="{story.id:04d}e77c"><input type="submit" value="Gửi" class="btn btn-primary">
</form></div></body></html>"""
    return html(body)


# --- listings ------------------------------------------------------------------------------------


def _main_bottom(request: Request, *, home: bool) -> Response:
    """viewcat_main_bottom: per category a lead item, then two more titles; no pagination."""
    panels = []
    for alias, (_, name) in CATS.items():
        items = [s for s in listing(alias) if s.cat == alias][:3]
        lead, rest = items[0], items[1:]
        lis = "".join(
            f'<li class="icon_list"><a class="show" href="{art_path(s)}" data-content="{esc(hometext_clean(s))}" '
            f'data-img="{thumb(s)}" data-rel="tooltip" data-placement="bottom" title="{esc(s.title)}">{esc(s.title)}</a>'
            f' <span class="text-muted">({day(s)})</span></li>'
            for s in rest
        )
        panels.append(
            '<div class="news_column panel panel-default"><div class="panel-heading">'
            f'<h4 class="panel-title"><a title="{esc(name)}" href="/news/{alias}/"><span>{esc(name)}</span></a>'
            f'<a class="pull-right small" href="/news/{alias}/" title="Xem tiếp">Xem tiếp <em class="fa fa-angle-double-right"></em></a></h4></div>'
            '<div class="panel-body"><div class="clearfix">'
            f'<a href="{art_path(lead)}" title="{esc(lead.title)}"><img src="{thumb(lead)}" alt="{esc(lead.title)}" '
            'width="180" class="img-thumbnail pull-left imghome"/></a>'
            f'<h3><a href="{art_path(lead)}" title="{esc(lead.title)}">{esc(lead.title)}</a></h3>'
            f'<p class="text-muted"><em class="fa fa-clock-o">&nbsp;</em>{day(lead)}</p>'
            f"<p>{esc(hometext_clean(lead, 220))}</p></div>"
            f'<ul class="related list-items">{lis}</ul></div></div>'
        )
    main = _slider_html() + "".join(panels)
    meta = f'<link rel="canonical" href="{base_url(request)}/{"" if home else "news/"}" />\n<meta name="description" content="Cổng thông tin điện tử {esc(SITE_NAME)}" />'
    title = SITE_NAME if home else f"{MODULE_TITLE} - {SITE_SHORT}"
    trail = [] if home else [(MODULE_TITLE, "/news/")]
    return page(request, title, main, trail, home=home, active="/" if home else "/news/", meta=meta)


def _pagination(cat: str, current: int, total: int) -> str:
    if total <= 1:
        return ""

    def href(n: int) -> str:
        return f"/news/{cat}/" if n == 1 else f"/news/{cat}/page-{n}/"

    items = []
    if current == 1:
        items.append('<li class="disabled"><a href="#">&laquo;</a></li>')
    else:
        items.append(f'<li><a rel="prev" title="Trang trước" href="{href(current - 1)}">&laquo;</a></li>')
    for n in range(1, total + 1):
        if n == current:
            items.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            items.append(f'<li><a title="Trang {n}" href="{href(n)}">{n}</a></li>')
    if current == total:
        items.append('<li class="disabled"><a href="#">&raquo;</a></li>')
    else:
        items.append(f'<li><a rel="next" title="Trang sau" href="{href(current + 1)}">&raquo;</a></li>')
    return '<div class="text-center"><ul class="pagination">' + "".join(items) + "</ul></div>"


def _grid(request: Request, cat: str, page_no: int) -> Response | None:
    items = listing(cat)
    total = max(1, -(-len(items) // PER_PAGE))
    if page_no == 1 and request.path.endswith("/page-1/"):
        return redirect(f"/news/{cat}/", 301)
    if page_no > total:
        return redirect(f"/news/{cat}/", 301)
    chunk = items[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]
    name = CATS[cat][1]
    cells = "".join(
        '<div class="col-xs-24 col-sm-12 col-md-8"><div class="thumbnail">'
        f'<a title="{esc(s.title)}" href="{art_path(s, cat)}"><img alt="{esc(s.title)}" src="{thumb(s)}" width="230" class="img-thumbnail"/></a>'
        '<div class="caption text-center">'
        f'<h4><a class="show" href="{art_path(s, cat)}" data-content="{esc(hometext_clean(s))}" data-img="{thumb(s)}" '
        f'data-rel="tooltip" data-placement="bottom" title="{esc(s.title)}">{esc(clean60(s.title))}</a></h4>'
        "</div></div></div>"
        for s in chunk
    )
    main = (
        f'<div class="news_column panel panel-default"><div class="panel-heading"><strong>{esc(name)}</strong></div>'
        f'<div class="panel-body"><div class="row viewcat-grid">{cells}</div></div></div>'
        + _pagination(cat, page_no, total)
    )
    suffix = "" if page_no == 1 else f"page-{page_no}/"
    meta = f'<link rel="canonical" href="{base_url(request)}/news/{cat}/{suffix}" />'
    if page_no > 1:
        meta += f'\n<link rel="prev" href="{base_url(request)}/news/{cat}/' + ("" if page_no == 2 else f"page-{page_no - 1}/") + '" />'
    if page_no < total:
        meta += f'\n<link rel="next" href="{base_url(request)}/news/{cat}/page-{page_no + 1}/" />'
    title = f"{name} - {SITE_SHORT}" + ("" if page_no == 1 else f" - Trang {page_no}")
    return page(request, title, main, [(MODULE_TITLE, "/news/"), (name, f"/news/{cat}/")], active="/news/", meta=meta)


def _topic(request: Request, alias: str) -> Response | None:
    if alias not in TOPICS:
        return None
    t_title, t_desc = TOPICS[alias]
    rows = []
    for s in newest_first([s for s in STORIES if s.opts.get("topic") == alias]):
        when = _when(s.opts["publ"])
        rows.append(
            '<div class="news_column panel panel-default"><div class="panel-body clearfix">'
            f'<a href="{art_path(s)}" title="{esc(s.title)}"><img alt="{esc(s.title)}" src="{thumb(s)}" width="160" class="img-thumbnail pull-left imghome" /></a>'
            f'<h3><a href="{art_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
            '<div class="text-muted"><ul class="list-unstyled list-inline">'
            f'<li><em class="fa fa-clock-o">&nbsp;</em> {_WEEKDAYS[when.weekday()]}, {when:%d/%m/%Y %H:%M}</li>'
            f'<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {s.views()}</li></ul></div>'
            f"<p>{esc(hometext_clean(s, 240))}</p></div></div>"
        )
    main = (
        f'<div class="news_column panel panel-default"><div class="panel-body"><h1>{esc(t_title)}</h1>'
        f"<p>{esc(t_desc)}</p></div></div>" + "".join(rows)
    )
    return page(
        request, f"{t_title} - {SITE_SHORT}", main,
        [(MODULE_TITLE, "/news/"), ("Chủ đề", f"/news/topic/{alias}/"), (t_title, f"/news/topic/{alias}/")],
        active="/news/",
    )


# --- other modules -------------------------------------------------------------------------------

ABOUT = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        [
            "Phòng Giáo dục và Đào tạo huyện Krông Năng là cơ quan chuyên môn thuộc UBND huyện, "
            "tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo "
            "trên địa bàn huyện.",
            "Năm học 2026 - 2027, toàn huyện có 68 đơn vị trường học trực thuộc Phòng gồm 22 trường "
            "mầm non, 28 trường tiểu học, 17 trường THCS và 01 trường TH&THCS với hơn 31.000 học "
            "sinh, trong đó học sinh dân tộc thiểu số chiếm gần 38%.",
            "Trụ sở: 45 Hùng Vương, thị trấn Krông Năng, huyện Krông Năng, tỉnh Đắk Lắk.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Trưởng phòng: Ông Phạm Văn Lực - phụ trách chung, công tác tổ chức cán bộ, tài chính.",
            "Phó Trưởng phòng: Bà Lê Thị Mỹ Dung - phụ trách giáo dục mầm non, tiểu học, thi đua khen thưởng.",
            "Phó Trưởng phòng: Ông Hoàng Quốc Việt - phụ trách giáo dục THCS, khảo thí, phổ cập giáo dục.",
            "Các bộ phận chuyên môn: Tổ Mầm non, Tổ Tiểu học, Tổ THCS, Bộ phận Tổ chức - Kế hoạch tài chính, Văn phòng.",
        ],
    ),
}

LAWS = {
    "ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027-58": (
        "215/KH-PGDĐT", "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027", "15/09/2026", "15/09/2026",
        "Phạm Văn Lực", "Kế hoạch", "/uploads/van-ban/2026_09/215-kh-pgddt.pdf",
    ),
    "quyet-dinh-cong-nhan-truong-dat-chuan-quoc-gia-61": (
        "1862/QĐ-UBND", "Quyết định công nhận trường đạt chuẩn quốc gia đối với Trường Tiểu học Nơ Trang Lơng",
        "02/10/2026", "02/10/2026", "Nguyễn Đình Khoa", "Quyết định", "/uploads/van-ban/2026_10/1862-qd-ubnd.pdf",
    ),
}


def _about(request: Request, alias: str) -> Response | None:
    if alias not in ABOUT:
        return None
    title, paras = ABOUT[alias]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = (
        '<div class="page panel panel-default"><div class="panel-body">'
        f'<h1 class="title margin-bottom-lg">{esc(title)}</h1><div class="bodytext">{body}</div>'
        '<div class="socialicon clearfix"><div class="fb-like" data-layout="button_count">&nbsp;</div></div>'
        "</div></div>"
    )
    return page(request, f"{title} - {SITE_SHORT}", main, [("Giới thiệu", "/about/gioi-thieu-chung.html"), (title, f"/about/{alias}.html")], active="/about/gioi-thieu-chung.html")


def _law(request: Request, alias: str) -> Response | None:
    if alias not in LAWS:
        return None
    number, title, issued, effective, signer, kind, pdf = LAWS[alias]
    rows = [
        ("Số/Ký hiệu", number), ("Trích yếu", title), ("Ngày ban hành", issued),
        ("Ngày hiệu lực", effective), ("Thể loại", kind), ("Người ký", signer),
        ("Cơ quan ban hành", SITE_NAME if "PGD" in number else "UBND huyện Krông Năng"),
    ]
    table = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    main = (
        '<div class="panel panel-default"><div class="panel-body">'
        f'<h1 class="h3">{esc(title)}</h1><table class="table table-striped table-bordered"><tbody>{table}</tbody></table>'
        f'<p><em class="fa fa-download"></em> Tải về: <a href="{pdf}">{esc(pdf.rsplit("/", 1)[1])}</a></p>'
        "</div></div>"
    )
    return page(request, f"{title} - Văn bản - {SITE_SHORT}", main, [("Văn bản", f"/van-ban/detail/{alias}.html"), (number, f"/van-ban/detail/{alias}.html")], active="")


def _contact(request: Request) -> Response:
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h1 class="h3">Liên hệ</h1>'
        f"<p><strong>{esc(SITE_NAME)}</strong></p>"
        "<p>Địa chỉ: 45 Hùng Vương, thị trấn Krông Năng, huyện Krông Năng, tỉnh Đắk Lắk</p>"
        "<p>Điện thoại: 0262.3675.126 - Email: pgdkrongnang@daklak.edu.vn</p>"
        '<form method="post" action="/contact/" class="form-horizontal"><div class="form-group">'
        '<label>Bộ phận</label><select name="fpart" class="form-control"><option value="1">Văn phòng</option>'
        '<option value="2">Tổ Tiểu học</option><option value="3">Tổ THCS</option></select></div>'
        '<div class="form-group"><label>Họ tên</label><input type="text" name="fname" class="form-control"></div>'
        '<div class="form-group"><label>Email</label><input type="email" name="femail" class="form-control"></div>'
        '<div class="form-group"><label>Tiêu đề</label><input type="text" name="ftitle" class="form-control"></div>'
        '<div class="form-group"><label>Nội dung</label><textarea name="fcon" rows="6" class="form-control"></textarea></div>'
        '<input type="submit" value="Gửi thư" class="btn btn-primary"></form></div></div>'
    )
    return page(request, f"Liên hệ - {SITE_SHORT}", main, [("Liên hệ", "/contact/")], active="/contact/")


def _seek(request: Request) -> Response:
    q = request.params.get("q", "")
    note = "Vui lòng nhập từ khóa tìm kiếm." if not q else f"Không tìm thấy kết quả nào cho từ khóa “{esc(q)}”."
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h1 class="h3">Tìm kiếm</h1>'
        f'<form action="/seek/" method="get"><input type="text" name="q" value="{esc(q)}" class="form-control"></form>'
        f"<p>{note}</p></div></div>"
    )
    return page(request, f"Tìm kiếm - {SITE_SHORT}", main, [("Tìm kiếm", "/seek/")])


# --- routing -------------------------------------------------------------------------------------

_ART = re.compile(r"^/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_TOOL = re.compile(r"^/news/(print|sendmail)/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_LIST = re.compile(r"^/news/([a-z0-9-]+)/(?:page-(\d+)/)?$")
_OP = re.compile(r"^([a-z0-9-]+)/([a-z0-9-]+)-(\d+)$")


def _pdf(name: str) -> Response:
    return Response(
        200, PDF, {"Content-Type": "application/pdf", "Content-Disposition": f'attachment; filename="{name}"'}
    )


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.lower().endswith(".pdf") and path.startswith("/uploads/"):
            return _pdf(path.rsplit("/", 1)[1])
        if request.method == "POST":
            return None
        static = static_file(path)
        if static is not None and (path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico"):
            return static
        if path == "/":
            return _main_bottom(request, home=True)
        if path == "/news/":
            return _main_bottom(request, home=False)
        if path == "/news":
            return redirect("/news/", 301)
        if path == "/index.php":
            return self._old(request)
        if m := _TOOL.match(path):
            tool, cat, alias, sid = m.groups()
            story = BY_ID.get(int(sid))
            if story is None or cat not in cats_of(story) or alias != story.slug:
                return None
            return print_response(request, story, cat) if tool == "print" else sendmail_response(story)
        if m := re.match(r"^/news/topic/([a-z0-9-]+)/$", path):
            return _topic(request, m.group(1))
        if m := _ART.match(path):
            cat, alias, sid = m.groups()
            story = BY_ID.get(int(sid))
            if story is None or cat not in CATS:
                return None
            if cat not in cats_of(story) or alias != story.slug:
                return redirect(art_path(story, cat if cat in cats_of(story) else None), 301)
            params = parse_qs(request.query)
            if params.get("download") == ["1"]:
                files = story.opts.get("files") or []
                idx = int((params.get("id") or ["0"])[0] or 0)
                return _pdf(files[idx][0]) if 0 <= idx < len(files) else None
            return article_response(request, story, cat)
        if m := _LIST.match(path):
            cat, page_no = m.group(1), int(m.group(2) or 1)
            if cat not in CATS:
                return None
            return _grid(request, cat, page_no)
        if m := re.match(r"^/news/([a-z0-9-]+)(?:/page-(\d+))?$", path):
            if m.group(1) in CATS:
                return redirect(path + "/", 301)
            return None
        if m := re.match(r"^/about/([a-z0-9-]+)\.html$", path):
            return _about(request, m.group(1))
        if m := re.match(r"^/van-ban/detail/([a-z0-9-]+)\.html$", path):
            return _law(request, m.group(1))
        if path == "/contact/":
            return _contact(request)
        if path == "/seek/":
            return _seek(request)
        return None

    def _old(self, request: Request) -> Response | None:
        """The pre-rewrite entry point: articles still answer there (200, not a redirect)."""
        params = request.params
        if not params:
            return redirect("/", 301)
        if params.get("nv") != "news" or params.get("language", "vi") != "vi":
            return None
        op = params.get("op", "")
        if not op:
            return redirect("/news/", 301)
        m = _OP.match(op)
        if m is None:
            return redirect(f"/news/{op}/", 301) if op in CATS else None
        cat, alias, sid = m.groups()
        story = BY_ID.get(int(sid))
        if story is None or cat not in cats_of(story) or alias != story.slug:
            return None
        return article_response(request, story, cat)


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    cats = cats_of(story)
    alts = [art_path(story, c) for c in cats[1:]]
    alts += [print_path(story, c) for c in cats]
    alts += [old_path(story, c) for c in cats]
    return gold_record(story, art_path(story), CATS[story.cat][1], canonical_path=art_path(story), alt_paths=alts)


GOLD: list[dict] = [_gold(s) for s in STORIES]

NON_ARTICLES: list[str] = [
    "/about/gioi-thieu-chung.html",
    "/about/co-cau-to-chuc.html",
    "/contact/",
    "/van-ban/detail/ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027-58.html",
    "/van-ban/detail/quyet-dinh-cong-nhan-truong-dat-chuan-quoc-gia-61.html",
]
