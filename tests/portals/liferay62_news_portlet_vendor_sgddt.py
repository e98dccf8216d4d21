"""Sở Giáo dục và Đào tạo tỉnh Sóc Trăng on Liferay Portal 6.2 EE with a vendor's news portlet WAR.

Platform
--------
Liferay Portal 6.2 EE (build 6210), site ``/web/sgddt``, a vendor theme derived from the 6.2
classic theme (``#wrapper``, ``#banner`` with ``<h1 class="site-title">`` around the logo,
``#navigation`` with ``lfr-nav-item``/``child-menu``, ``ul.breadcrumb``, ``portlet-boundary``
sections with ``<header class="portlet-topper"><h1 class="portlet-title">``). The news is not in the
Asset Publisher: the provincial vendor's WAR ``sgddt-news-portlet`` holds four portlets:

* ``newslist_WAR_sgddtnewsportlet_INSTANCE_<12 chars>``: the list of one category (instanceable,
  one instance per category page), its own page parameter ``_<namespace>_page``;
* ``newsdetail_WAR_sgddtnewsportlet``: the detail, on two layouts (``/web/sgddt/tin-tuc`` through
  the vendor's friendly URL mapper, ``/web/sgddt/chi-tiet-tin`` through plain render parameters);
* ``tinnoibat_WAR_sgddtnewsportlet``: "Tin nổi bật" (hot news) in the right column of every page;
* ``newscategory_WAR_sgddtnewsportlet``: the "Tin tức" overview (three latest per category).

URL scheme
----------
* start ``/`` -> 302 ``/web/sgddt/trang-chu`` (home);
* category pages (layouts): ``/web/sgddt/tin-hoat-dong-nganh``, ``/web/sgddt/khao-thi-kiem-dinh``,
  ``/web/sgddt/giao-duc-dan-toc``; page N: ``<layout>?p_p_id=newslist_WAR_sgddtnewsportlet_INSTANCE_X
  &p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=2
  &_newslist_WAR_sgddtnewsportlet_INSTANCE_X_page=N`` (4, 3 and 5 items a page);
* detail, friendly (what the lists link, the article's canonical):
  ``/web/sgddt/tin-tuc/-/news/<category-id>/<slug>-<id>.html`` (the mapper routes on the id only);
* detail, render parameters (what the hot-news portlet links):
  ``/web/sgddt/chi-tiet-tin?p_p_id=newsdetail_WAR_sgddtnewsportlet&p_p_lifecycle=0&p_p_state=normal
  &p_p_mode=view&p_p_col_id=column-1&p_p_col_count=2&_newsdetail_WAR_sgddtnewsportlet_id=<id>``;
* non-articles: ``/web/sgddt/gioi-thieu``, ``/web/sgddt/lien-he``, ``/web/sgddt/lich-cong-tac``,
  ``/web/sgddt/van-ban/-/vanban/4471/cong-van-1876-sgddt-qlcl`` (a document entry, listed at
  ``/web/sgddt/van-ban``), ``/web/sgddt/thu-vien-anh/-/album/36/hoi-thi-gvdg-thpt-2026`` (an album,
  listed at ``/web/sgddt/thu-vien-anh``);
* files: Document Library ``/documents/10180/<folder>/<file>/<uuid>?t=<ms>``, journal images
  ``/image/journal/article?img_id=<n>&t=<ms>``, list thumbnails ``/image/image_gallery?uuid=…``.

Page templates
--------------
Home (hot-news slider, one block per category, right column), "Tin tức" overview, category list
(``div.dstin-item`` rows: thumbnail, ``a.td-tin``, ``span.ngay-item``, ``p.mota`` teaser, then
``div.phan-trang``), detail (portlet title bar, ``div.tieude-ct`` headline, ``div.ngay-ct`` date
line, ``div.tomtat-ct`` sapo, ``div.noidung-ct`` text with the vendor's tool bar on top and the share
bar at the bottom *inside* it, then ``div.tacgia-ct`` / ``div.nguon-ct`` / ``div.capnhat-ct``,
ratings, "Các tin khác", "Ý kiến bạn đọc").

How each gold article is reached
--------------------------------
* "Tin hoạt động ngành" (21101; 4 a page; its list also shows 41080, cross-listed from 21103):
  page 1 = 41092, 41085, 41080, 41071; page 2 = 41064, 41050, 41038, 41021. 41050, 41038 and
  41021 are reachable only from page 2 (the home block and the overview show the 3-4 newest,
  "Các tin khác" shows the 3 newest of the category).
* "Khảo thí - Kiểm định chất lượng" (21102; 3 a page): page 1 = 41088, 41076, 41059; page 2 = 41030
  (also in "Các tin khác" of the three newer ones).
* "Giáo dục dân tộc" (21103; 5 a page): 41080, 41045.
* Hot news (right column, every page): 41092, 41088, 41085, 41003 (deleted), 41076 in the
  render-parameter form.

Traps
-----
1. Liferay's canonical strips the query string (kind: canonical, not in the README's list). The
   core prints ``<link rel="canonical">`` as the current URL without its query, so every
   ``/web/sgddt/chi-tiet-tin?p_p_id=…&_…_id=N`` page declares ``…/web/sgddt/chi-tiet-tin`` as
   canonical, the same for all articles; that bare page is the empty detail portlet ("Vui lòng
   chọn tin để xem"). Gold: ``canonical_path`` is the friendly ``/web/sgddt/tin-tuc/-/news/<cat>/
   <slug>-<id>.html``; the render-parameter form is in ``alt_paths``; the bare page is no article.
2. No heading carries the headline (kind: title source, not in the list). The two ``<h1>`` of a
   detail page are the theme's ``h1.site-title`` (the logo and the site name) and the portlet
   title bar "Chi tiết tin tức"; ``<title>`` is the layout's name ("Tin tức - Sở Giáo dục và Đào tạo
   tỉnh Sóc Trăng" or "Chi tiết tin - …"); there is no og:title. The headline is the
   ``<div class="tieude-ct">``. Gold: ``title`` = that div's text, capitals kept.
3. Image URLs with no file extension (kind: image locations, not in the list): Document Library
   files end in a UUID and carry a ``?t=<ms>`` cache-buster, CKEditor's journal images are
   ``/image/journal/article?img_id=…&amp;t=…``, one photo pasted by an editor points to the
   production host ``http://sgddt.soctrang.gov.vn/documents/…``; the list thumbnails
   (``/image/image_gallery?…``), the logo (``/image/company_logo?…``) and the share icons are no
   article images. Gold: ``images`` paths keep their query (``&amp;`` read as ``&``); the pasted one
   is a ``url``.
4. Soft 404 (kind: not in the list): the hot-news portlet still links article 41003, deleted
   since; its page answers 200 with the full chrome and "Tin tức không tồn tại hoặc đã bị gỡ bỏ."
   in the detail portlet; the same for any unknown id on either detail URL. Gold: not an article,
   not in NON_ARTICLES.
5. The page parameter hides among ``p_p_*`` parameters that look like session noise (kind:
   pagination): ``_newslist_WAR_sgddtnewsportlet_INSTANCE_Rk7aB2sqLm4T_page=2`` is honoured only
   when ``p_p_id`` names that very instance (Liferay hands namespaced parameters to the target
   portlet only); without it, or with a wrong id, the layout shows page 1; a page past the end shows
   the last page. The "«" link of page 2 is ``…_page=1``, a second URL of page 1. Gold: three
   articles of 21101 are reachable only through page 2.
6. Liferay's Vietnamese 12-hour clock (kind: dates): ``dd/MM/yyyy hh:mm a`` with the vi_VN markers
   "SA"/"CH": "03:45 CH" is 15:45, "12:15 CH" is 12:15 (noon, not midnight), "12:00 SA" is
   midnight, i.e. a day without a time (41071 -> "2026-11-27"). "Cập nhật lần cuối: …" under the
   text is an update date, and the list rows print the update day. Gold: the ``ngay-ct`` line.
7. Widgets inside the text's container (kind: boundaries): ``div.noidung-ct`` opens with the
   vendor's tool bar ("Cỡ chữ: A- A A+ | In bài | Gửi email") and closes with the share bar and
   Liferay's ratings ("Đánh giá bài viết … (n phiếu)"); 41085 has an editor-made "Tin liên quan"
   box floated in the text (its items are ``<p>``); 41021 ends in a "Xem thêm:" line, 41088 and
   41030 in a "Tập tin đính kèm:" line, 41059 has a YouTube ``<iframe>``. Gold: none of it is body.
8. Sapo outside the text (kind: summary, not in the list): the vendor's "Tóm tắt" field is printed
   bold in ``div.tomtat-ct`` between the date line and ``div.noidung-ct``; where the field is empty
   the list shows an automatic teaser (the text's first 160 characters + "…") and the meta
   description is the site's. Gold: summary = the tomtat-ct text and the body's first paragraph;
   else null.
9. One article, several URLs (kind: duplicates): 41080 (filed under "Giáo dục dân tộc") is
   cross-listed in "Tin hoạt động ngành", whose list links ``/news/21101/…-41080.html``; the
   overview's hand-kept "Tin mới" box links 41071 by its first slug
   (``so-gddt-lam-viec-voi-huyen-tran-de-41071.html``), which the mapper serves as well; the canonical
   of each friendly URL is itself. Gold: path = the friendly URL with the article's own category
   id; the others in ``alt_paths``; ``category`` from the breadcrumb, which prints the article's own
   category whatever the URL says.
10. Bylines of four kinds (kind: bylines): "Người đăng: sgd.quantri" in the date line is a CMS
   account (nobody); the vendor's "Tác giả" field under the text ("ThS. Trần Thị Mỹ Hạnh (Văn phòng
   Sở)" -> "Trần Thị Mỹ Hạnh"; "Phòng Quản lý chất lượng" alone is a unit signing -> as printed);
   right-aligned closing lines in the text ("Tin, ảnh: Lâm Hoàng Phúc", "Tin: X - Ảnh: Y",
   "Nguyễn Thanh Tùng – Phòng GDTX-CN" -> "Nguyễn Thanh Tùng"); a photo line "Ảnh: Kim Sóc Kha" is a
   photographer, no caption.
11. Readers' comments that look like text (kind: chrome): 41092 carries a reader's comment in
   "Ý kiến bạn đọc" (name, "05/12/2026 07:12 SA", a paragraph). Gold: not body, no author.
12. Text as CKEditor 4 and Word wrote it (kind: encodings): bodies come with CKEditor's HTML 4
   named entities for the Latin-1 letters (``&agrave;``, ``&ocirc;``, ``&ldquo;``) and raw UTF-8 for
   the rest; 41038 is a Word paste (``MsoNormal``, ``<o:p>``) in decomposed Unicode (NFD). Liferay's
   ``HtmlUtil.escape`` writes "/" in headlines as ``&#047;``. Gold: NFC text, entities decoded.
13. An official notice (41088): letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and the
   signature block; posted 03/12/2026 10:20 SA, dated "Sóc Trăng, ngày 30 tháng 11 năm 2026".
   Gold per the house rule: published_at "2026-11-30", author the signer "Lê Quốc Vinh".

Gold decisions on ambiguous points
----------------------------------
* Captions printed in a CKEditor table's second row or as a centred italic line under the image are
  captions; "(…)" around one is taken off; an image with no line has caption None.
* The vendor's "Nguồn tin: X" field under the text is the source ("Báo Sóc Trăng").
* A ``<br>``-split line list in one ``<p>`` (41071) gives one paragraph per line, the leading "- "
  typed by the editor kept.
* Table rows of 41076 are paragraphs with cells joined by " | ", the header row included.
* A bold line standing alone ("1. Đối tượng và số lượng") is a heading, hence a paragraph.
* The cross-listed 41080's category is "Giáo dục dân tộc" (its breadcrumb on every URL).
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from html.entities import codepoint2name

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
)

NAME = "liferay62_news_portlet_vendor_sgddt"
PLATFORM = "Liferay Portal 6.2 EE + vendor news portlet WAR (sgddt-news-portlet, friendly URL mapper)"
START_PATH = "/"

SITE = "/web/sgddt"
HOME = f"{SITE}/trang-chu"
NEWS_LAYOUT = f"{SITE}/tin-tuc"
DETAIL_LAYOUT = f"{SITE}/chi-tiet-tin"
THEME = "/sgddt-theme"
ORG = "Sở Giáo dục và Đào tạo tỉnh Sóc Trăng"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"

DETAIL_PID = "newsdetail_WAR_sgddtnewsportlet"
LIST_PID = "newslist_WAR_sgddtnewsportlet"
HOT_PID = "tinnoibat_WAR_sgddtnewsportlet"
CATEGORY_PID = "newscategory_WAR_sgddtnewsportlet"


@dataclass(frozen=True)
class Cat:
    id: int
    name: str
    path: str
    instance: str
    delta: int
    plid: int

    @property
    def pid(self) -> str:
        return f"{LIST_PID}_INSTANCE_{self.instance}"

    def page_url(self, page: int) -> str:
        ns = f"_{self.pid}_"
        return (
            f"{self.path}?p_p_id={self.pid}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
            f"&p_p_col_id=column-1&p_p_col_count=2&{ns}page={page}"
        )


CATS = {
    21101: Cat(21101, "Tin hoạt động ngành", f"{SITE}/tin-hoat-dong-nganh", "Rk7aB2sqLm4T", 4, 10211),
    21102: Cat(
        21102, "Khảo thí - Kiểm định chất lượng", f"{SITE}/khao-thi-kiem-dinh", "q9XcVd0pWe1Z", 3, 10213
    ),
    21103: Cat(21103, "Giáo dục dân tộc", f"{SITE}/giao-duc-dan-toc", "Hn3uYt6rBo2K", 5, 10215),
}

DL = "/documents/10180"


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{line}</strong></p>')


# --- the articles ------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=41092,
        slug="tong-ket-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
        title="Tổng kết Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 - 2027",
        cat="21101",
        published_at="2026-12-04T15:45:00+07:00",
        summary=(
            "Chiều 04/12, Sở GD&ĐT tỉnh Sóc Trăng tổ chức lễ tổng kết và trao giấy chứng nhận Hội thi "
            "giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 - 2027. Có 96 giáo viên được công nhận "
            "đạt danh hiệu giáo viên dạy giỏi cấp tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi diễn ra từ ngày 23/11 đến ngày 04/12/2026 tại Trường THPT Chuyên Nguyễn Thị Minh "
                "Khai và Trường THPT Hoàng Diệu, với sự tham gia của 118 giáo viên đến từ 34 trường THPT, "
                "trường phổ thông dân tộc nội trú và trung tâm GDNN-GDTX trong tỉnh. Các giáo viên dự thi ở "
                "12 môn học, trong đó Ngữ văn, Toán và Tiếng Anh là ba môn có đông giáo viên tham gia nhất."
            ),
            Img(
                f"{DL}/21543/HTGVDG-THPT-2026-01.jpg/7b1e5c2a-3f4d-4e2b-9a6c-1d2e3f4a5b6c?t=1796381112000",
                "Quang cảnh lễ tổng kết Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT",
                "Quang cảnh lễ tổng kết Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT",
                style="table",
            ),
            P(
                "Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng giảng "
                "dạy và thực hành dạy hai tiết trên lớp, trong đó một tiết do giáo viên tự chọn và một tiết "
                "do Ban Tổ chức bốc thăm. Ban Giám khảo gồm 48 thành viên là chuyên viên Sở, cán bộ quản lý "
                "và giáo viên cốt cán của các môn học."
            ),
            P(
                "Phát biểu tại buổi lễ, ông Huỳnh Văn Nghĩa, Phó Giám đốc Sở GD&ĐT, đánh giá cao tinh thần "
                "chuẩn bị nghiêm túc của các đơn vị. Nhiều tiết dạy đã vận dụng linh hoạt phương pháp dạy "
                "học tích cực, khai thác hiệu quả thiết bị dạy học số và bám sát yêu cầu cần đạt của Chương "
                "trình giáo dục phổ thông 2018."
            ),
            P(
                "Bên cạnh kết quả đạt được, Ban Giám khảo cũng chỉ ra một số hạn chế như việc phân bố thời "
                "gian giữa các hoạt động chưa hợp lý, một số tiết dạy còn lạm dụng trình chiếu, chưa chú "
                "trọng rèn kỹ năng tự học cho học sinh."
            ),
            Img(
                f"{DL}/21543/HTGVDG-THPT-2026-02.jpg/0a9c7e1f-55b2-4c61-8f0e-2b7d9c3a1e48?t=1796381187000",
                "Phó Giám đốc Sở GD&ĐT Huỳnh Văn Nghĩa trao giấy chứng nhận cho các giáo viên đạt thành tích xuất sắc",
                "Phó Giám đốc Sở GD&ĐT Huỳnh Văn Nghĩa trao giấy chứng nhận cho các giáo viên đạt thành tích xuất sắc",
                style="table",
            ),
            P(
                "Kết quả, có 96 giáo viên được công nhận giáo viên dạy giỏi cấp tỉnh, trong đó 14 giáo viên "
                "đạt thành tích xuất sắc. Trường THPT Chuyên Nguyễn Thị Minh Khai, Trường THPT Hoàng Diệu và "
                "Trường THPT Mỹ Xuyên là ba đơn vị có tỷ lệ giáo viên đạt danh hiệu cao nhất."
            ),
            _right("Tin, ảnh: Lâm Hoàng Phúc"),
        ],
        authors=["Lâm Hoàng Phúc"],
        photographers=["Lâm Hoàng Phúc"],
        opts={"posted": "2026-12-04 15:45", "hot": True, "comment": True, "list_day": "04/12/2026"},
    ),
    Story(
        id=41085,
        slug="trien-khai-ke-hoach-chuyen-doi-so-nganh-giao-duc-giai-doan-2026-2030",
        title="Triển khai Kế hoạch chuyển đổi số ngành giáo dục giai đoạn 2026 - 2030",
        cat="21101",
        published_at="2026-12-02T12:15:00+07:00",
        summary=(
            "Sáng 02/12, Sở GD&ĐT tổ chức hội nghị triển khai Kế hoạch chuyển đổi số ngành giáo dục tỉnh "
            "Sóc Trăng giai đoạn 2026 - 2030 cho hơn 200 cán bộ quản lý các phòng GD&ĐT và trường học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo kế hoạch, đến năm 2030, 100% cơ sở giáo dục trên địa bàn tỉnh sử dụng hệ thống quản lý "
                "nhà trường, sổ điểm điện tử và học bạ số; 100% hồ sơ thủ tục hành chính thuộc thẩm quyền "
                "của Sở được tiếp nhận, giải quyết trên môi trường mạng."
            ),
            Raw("@RELATED_BOX@"),
            P("Kế hoạch tập trung vào bốn nhóm nhiệm vụ chính:"),
            P(
                "Hoàn thiện hạ tầng mạng, thiết bị số tại các trường học, ưu tiên vùng đồng bào dân tộc "
                "thiểu số;",
                "li",
            ),
            P("Xây dựng cơ sở dữ liệu ngành kết nối, liên thông với cơ sở dữ liệu của Bộ GD&ĐT;", "li"),
            P("Bồi dưỡng năng lực số cho cán bộ quản lý, giáo viên và nhân viên;", "li"),
            P("Phát triển học liệu số, kho bài giảng điện tử dùng chung của tỉnh.", "li"),
            Img(
                "/image/journal/article?img_id=52118&amp;t=1796203345000",
                "Bà Nguyễn Thị Thu Vân, Phó Giám đốc Sở GD&ĐT phát biểu tại hội nghị",
                "Bà Nguyễn Thị Thu Vân, Phó Giám đốc Sở GD&ĐT phát biểu tại hội nghị",
                style="center",
            ),
            P(
                "Tại hội nghị, đại diện Phòng GD&ĐT thị xã Ngã Năm và Trường THCS Lê Quý Đôn (TP. Sóc Trăng) "
                "chia sẻ kinh nghiệm triển khai học bạ số, ký số hồ sơ và thanh toán không dùng tiền mặt "
                "trong trường học."
            ),
            P(
                "Bà Nguyễn Thị Thu Vân, Phó Giám đốc Sở GD&ĐT, đề nghị thủ trưởng các đơn vị xem chuyển đổi "
                "số là nhiệm vụ trọng tâm, gắn với trách nhiệm người đứng đầu; rà soát, báo cáo nhu cầu "
                "thiết bị trước ngày 20/12/2026 để Sở tổng hợp, tham mưu UBND tỉnh bố trí kinh phí."
            ),
        ],
        authors=["Trần Thị Mỹ Hạnh"],
        opts={
            "posted": "2026-12-02 12:15",
            "hot": True,
            "tacgia": "ThS. Trần Thị Mỹ Hạnh (Văn phòng Sở)",
            "list_day": "02/12/2026",
        },
    ),
    Story(
        id=41071,
        slug="so-gddt-lam-viec-voi-ubnd-huyen-tran-de-ve-co-so-vat-chat-truong-hoc",
        title="Sở GD&ĐT làm việc với UBND huyện Trần Đề về cơ sở vật chất trường học",
        cat="21101",
        published_at="2026-11-27",
        blocks=[
            P(
                "Ngày 26/11/2026, đoàn công tác của Sở GD&ĐT do ông Lê Quốc Vinh, Phó Giám đốc Sở làm trưởng "
                "đoàn đã có buổi làm việc với UBND huyện Trần Đề về tình hình cơ sở vật chất, đội ngũ và công "
                "tác chuẩn bị cho học kỳ II năm học 2026 - 2027."
            ),
            P(
                "Theo báo cáo của UBND huyện, toàn huyện hiện có 41 trường mầm non, phổ thông với hơn 27.600 "
                "học sinh. Tỷ lệ phòng học kiên cố đạt 86,4%; tuy nhiên, vẫn còn 58 phòng học bán kiên cố "
                "xuống cấp, tập trung ở các xã Lịch Hội Thượng, Trung Bình và Viên An."
            ),
            P("Đoàn đã khảo sát thực tế tại 3 điểm trường:", "br"),
            P("- Điểm Tắc Bướm, Trường Tiểu học Trung Bình 2;", "br"),
            P("- Trường Mầm non Viên An;", "br"),
            P("- Trường THCS Lịch Hội Thượng A."),
            Img(
                f"{DL}/21560/TranDe-khaosat.jpg/c41f0b7e-8d22-4a35-b1c9-6e0f3d2a7b91?t=1795751950000",
                "(Đoàn công tác khảo sát phòng học xuống cấp tại điểm Tắc Bướm)",
                "Đoàn công tác khảo sát phòng học xuống cấp tại điểm Tắc Bướm",
                style="center",
            ),
            P(
                "Ông Lê Quốc Vinh đề nghị huyện ưu tiên nguồn vốn đầu tư công trung hạn để xây dựng mới các "
                "phòng học, khối phòng bộ môn; đồng thời sắp xếp, tinh gọn các điểm trường lẻ theo lộ trình, "
                "bảo đảm thuận lợi cho việc đi lại của học sinh."
            ),
            P(
                "Sở GD&ĐT sẽ tổng hợp kiến nghị của huyện về biên chế giáo viên tiểu học và nhân viên thư "
                "viện, thiết bị để báo cáo UBND tỉnh trong tháng 12/2026."
            ),
            _right("<em>Phòng Kế hoạch - Tài chính</em>"),
        ],
        authors=["Phòng Kế hoạch - Tài chính"],
        opts={
            "posted": "2026-11-27 00:00",
            "oldslug": "so-gddt-lam-viec-voi-huyen-tran-de",
            "list_day": "28/11/2026",
        },
    ),
    Story(
        id=41064,
        slug="soi-noi-cac-hoat-dong-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Sôi nổi các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="21101",
        published_at="2026-11-20T08:30:00+07:00",
        blocks=[
            P(
                "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), nhiều trường học "
                "trên địa bàn tỉnh Sóc Trăng đã tổ chức các hoạt động thiết thực như hội giảng, thi văn nghệ, "
                "thăm hỏi nhà giáo lão thành và giáo viên có hoàn cảnh khó khăn."
            ),
            Img(
                f"{DL}/21548/2011-PhanVanHung.jpg/9e2d4c6b-71a0-4f3e-a5d8-3c1b0e9f7a26?t=1795134600000",
                "Ảnh: Kim Sóc Kha",
                None,
                style="center",
            ),
            P(
                "Tại TP. Sóc Trăng, Trường THCS Phan Văn Hùng tổ chức chuỗi tiết dạy tốt với 26 tiết dạy, thu "
                "hút đông đảo giáo viên dự giờ, góp ý. Trường THPT Lê Lợi phát động phong trào “Mỗi lớp một "
                "món quà tri ân” với hình thức làm thiệp, viết thư gửi thầy cô."
            ),
            P(
                "Ở huyện Kế Sách, Liên đội Trường Tiểu học Kế An tổ chức hội thi “Hát về thầy cô” với 18 tiết "
                "mục, kết hợp quyên góp sách vở, đồ dùng học tập tặng học sinh nghèo của trường."
            ),
            Img(
                f"{DL}/21548/2011-KeAn.jpg/5a7f3e90-2c4d-4b18-9e6a-d0c2b1f48e37?t=1795134655000",
                "Tiết mục văn nghệ của giáo viên Trường Tiểu học Kế An",
                "Tiết mục văn nghệ của giáo viên Trường Tiểu học Kế An",
                style="center",
            ),
            P(
                "Cũng trong dịp này, Công đoàn ngành Giáo dục tỉnh đã thăm, tặng quà 45 nhà giáo lão thành, "
                "nhà giáo có hoàn cảnh đặc biệt khó khăn với tổng trị giá hơn 90 triệu đồng."
            ),
        ],
        photographers=["Kim Sóc Kha"],
        source="Báo Sóc Trăng",
        opts={
            "posted": "2026-11-20 08:30",
            "nguon": "Báo Sóc Trăng",
            "updated": "21/11/2026 09:05 SA",
            "list_day": "21/11/2026",
        },
    ),
    Story(
        id=41050,
        slug="tap-huan-cong-tac-y-te-truong-hoc-nam-hoc-2026-2027",
        title="Tập huấn công tác y tế trường học năm học 2026 - 2027",
        cat="21101",
        published_at="2026-11-12T09:10:00+07:00",
        blocks=[
            P(
                "Ngày 11/11/2026, Sở GD&ĐT phối hợp với Sở Y tế tổ chức tập huấn công tác y tế trường học cho "
                "180 nhân viên y tế của các trường trên địa bàn tỉnh.",
                "span",
            ),
            P(
                "Tại lớp tập huấn, các học viên được cập nhật kiến thức về phòng, chống dịch bệnh truyền nhiễm "
                "trong trường học như sốt xuất huyết, tay chân miệng, cúm mùa; kỹ năng sơ cấp cứu ban đầu khi "
                "học sinh bị đuối nước, chấn thương; hướng dẫn bảo đảm an toàn thực phẩm tại bếp ăn bán trú.",
                "span",
            ),
            P(
                "Sở GD&ĐT yêu cầu các đơn vị bố trí nhân viên y tế trường học tham dự đầy đủ, tổ chức khám sức "
                "khỏe định kỳ và cập nhật hồ sơ sức khỏe học sinh lên hệ thống cơ sở dữ liệu ngành trước ngày "
                "30/12/2026.",
                "span",
            ),
        ],
        opts={"posted": "2026-11-12 09:10", "poster": "sgd.quantri", "list_day": "12/11/2026"},
    ),
    Story(
        id=41038,
        slug="kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-tai-thi-xa-vinh-chau",
        title="Kiểm tra công tác phổ cập giáo dục, xóa mù chữ tại thị xã Vĩnh Châu",
        cat="21101",
        published_at="2026-10-29T14:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 26 đến ngày 28/10/2026, đoàn kiểm tra của Sở GD&ĐT đã tiến hành kiểm tra công nhận "
                "kết quả phổ cập giáo dục, xóa mù chữ năm 2026 tại 10 phường, xã của thị xã Vĩnh Châu.",
                "mso",
            ),
            P(
                "Qua kiểm tra hồ sơ và phúc tra thực tế tại các hộ gia đình, đoàn ghi nhận thị xã duy trì vững "
                "chắc phổ cập giáo dục mầm non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học mức độ 3 và phổ "
                "cập giáo dục trung học cơ sở mức độ 2.",
                "mso",
            ),
            P(
                "Tỷ lệ người trong độ tuổi từ 15 đến 60 biết chữ mức độ 2 đạt 94,7%, tăng 1,2% so với năm "
                "2025. Đáng chú ý, các lớp xóa mù chữ song ngữ Việt - Khmer mở tại các chùa Khmer trên địa bàn "
                "đã giúp 86 học viên người Khmer biết đọc, biết viết.",
                "mso",
            ),
            P(
                "Bên cạnh đó, đoàn cũng lưu ý việc cập nhật dữ liệu trên phần mềm phổ cập còn chậm ở một số "
                "xã; tình trạng học sinh bỏ học theo gia đình đi làm ăn xa vẫn còn xảy ra, ảnh hưởng đến tỷ lệ "
                "hoàn thành chương trình trung học cơ sở.",
                "mso",
            ),
            P(
                "Kết thúc đợt kiểm tra, đoàn thống nhất đề nghị UBND tỉnh công nhận thị xã Vĩnh Châu đạt chuẩn "
                "phổ cập giáo dục, xóa mù chữ năm 2026.",
                "mso",
            ),
            Raw("@MSO_BYLINE@Nguyễn Thanh Tùng – Phòng GDTX-CN"),
        ],
        authors=["Nguyễn Thanh Tùng"],
        opts={"posted": "2026-10-29 14:00", "list_day": "29/10/2026"},
    ),
    Story(
        id=41021,
        slug="khai-mac-hoi-khoe-phu-dong-tinh-soc-trang-lan-thu-xi-nam-2026",
        title="Khai mạc Hội khỏe Phù Đổng tỉnh Sóc Trăng lần thứ XI năm 2026",
        cat="21101",
        published_at="2026-10-15T07:45:00+07:00",
        blocks=[
            P(
                "Sáng 14/10/2026, tại Sân vận động tỉnh, Sở GD&ĐT phối hợp với Sở Văn hóa, Thể thao và Du lịch "
                "tổ chức khai mạc Hội khỏe Phù Đổng tỉnh Sóc Trăng lần thứ XI năm 2026."
            ),
            P(
                "Tham dự hội thao có hơn 1.600 vận động viên là học sinh tiểu học, THCS và THPT đến từ 11 đoàn "
                "thể thao của các huyện, thị xã, thành phố. Các vận động viên tranh tài ở 12 môn thi đấu, gồm:"
            ),
            P("Điền kinh, bơi lội, cờ vua, cờ tướng;", "li"),
            P("Bóng đá, bóng chuyền, bóng bàn, cầu lông;", "li"),
            P("Đá cầu, võ cổ truyền, vovinam và đua ghe ngo dành cho học sinh dân tộc Khmer.", "li"),
            Img(
                "http://sgddt.soctrang.gov.vn/documents/10180/21177/HKPD2026-khaimac.JPG/"
                "3f8e1a2b-6c7d-4e9f-8a0b-1c2d3e4f5a6b?t=1794627600000",
                "Các đoàn vận động viên diễu hành qua lễ đài",
                "Các đoàn vận động viên diễu hành qua lễ đài",
                style="table",
            ),
            P(
                "Phát biểu khai mạc, ông Trần Văn Út, Giám đốc Sở GD&ĐT, nhấn mạnh Hội khỏe Phù Đổng là dịp "
                "để đánh giá kết quả công tác giáo dục thể chất và hoạt động thể thao trong trường học, đồng "
                "thời phát hiện, bồi dưỡng năng khiếu thể thao cho học sinh."
            ),
            Img(
                f"{DL}/21177/HKPD2026-dienkinh.jpg/b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e?t=1794627900000",
                "Ảnh: Thạch Sô Phol",
                None,
                style="table",
            ),
            P(
                "Hội khỏe diễn ra đến ngày 24/10/2026. Ban Tổ chức sẽ chọn các vận động viên xuất sắc để thành "
                "lập đội tuyển tham dự Hội khỏe Phù Đổng toàn quốc năm 2028."
            ),
            Raw(
                '<p style="text-align: justify;"><strong>Xem thêm:</strong> <a href="'
                f'{SITE}/van-ban/-/vanban/4471/cong-van-1876-sgddt-qlcl">Các văn bản chỉ đạo mới của Sở</a></p>'
            ),
        ],
        authors=["Thạch Sô Phol"],
        photographers=["Thạch Sô Phol"],
        opts={"posted": "2026-10-15 07:45", "tacgia": "Thạch Sô Phol", "list_day": "15/10/2026"},
    ),
    Story(
        id=41088,
        slug="thong-bao-ve-viec-dang-ky-du-thi-chon-hoc-sinh-gioi-quoc-gia-thpt-nam-2027",
        title="Thông báo về việc đăng ký dự thi chọn học sinh giỏi quốc gia THPT năm 2027",
        cat="21102",
        published_at="2026-11-30",
        blocks=[
            Raw("@LETTERHEAD@"),
            P(
                "Căn cứ Quy chế thi chọn học sinh giỏi cấp quốc gia hiện hành của Bộ Giáo dục và Đào tạo;",
                "ind",
            ),
            P(
                "Căn cứ kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027 và kỳ thi chọn "
                "đội tuyển dự thi học sinh giỏi quốc gia,",
                "ind",
            ),
            P(
                "Sở Giáo dục và Đào tạo thông báo đến các trường THPT, trường phổ thông có nhiều cấp học về "
                "việc đăng ký dự thi chọn học sinh giỏi quốc gia THPT năm 2027 như sau:",
                "ind",
            ),
            P("1. Đối tượng và số lượng", "b"),
            P(
                "Học sinh có tên trong danh sách đội tuyển của tỉnh ở 10 môn thi: Toán, Vật lí, Hóa học, Sinh "
                "học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh và Tiếng Pháp; mỗi môn không quá 10 học sinh.",
                "ind",
            ),
            P("2. Hồ sơ và thời hạn đăng ký", "b"),
            P(
                "Các trường lập danh sách học sinh dự thi, kèm bản sao giấy khai sinh, học bạ và 02 ảnh 3x4, "
                "gửi về Phòng Quản lý chất lượng trước 16 giờ 00 ngày 15/12/2026.",
                "ind",
            ),
            P("3. Tổ chức ôn luyện", "b"),
            P(
                "Đội tuyển tập trung ôn luyện tại Trường THPT Chuyên Nguyễn Thị Minh Khai từ ngày 21/12/2026. "
                "Đề nghị thủ trưởng các đơn vị tạo điều kiện để học sinh và giáo viên tham gia đầy đủ.",
                "ind",
            ),
            Raw("@SIGNATURE@"),
            Raw(
                '<p><img alt="" src="/html/themes/classic/images/file_system/small/pdf.png" /> '
                "Tập tin đính kèm: "
                f'<a href="{DL}/33012/2154-TB-SGDDT.pdf/6d1c0e2f-9a8b-4c7d-8e6f-5a4b3c2d1e0f">'
                "2154-TB-SGDDT.pdf</a> (184 KB)</p>"
            ),
        ],
        authors=["Lê Quốc Vinh"],
        opts={"posted": "2026-12-03 10:20", "hot": True, "list_day": "03/12/2026"},
    ),
    Story(
        id=41076,
        slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="21102",
        published_at="2026-11-25T16:05:00+07:00",
        summary=(
            "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027 có 642 thí sinh dự thi, trong đó "
            "287 em đạt giải, chiếm tỷ lệ 44,7%."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi được tổ chức trong hai ngày 12 và 13/11/2026 tại Hội đồng thi Trường THPT Chuyên Nguyễn "
                "Thị Minh Khai với 12 môn thi. Công tác coi thi, chấm thi được thực hiện nghiêm túc, đúng quy chế."
            ),
            P("Kết quả một số môn thi có đông thí sinh dự thi:"),
            P("STT | Môn thi | Số dự thi | Số đạt giải | Giải Nhất", "tr"),
            P("1 | Toán | 78 | 35 | 2", "tr"),
            P("2 | Ngữ văn | 96 | 44 | 3", "tr"),
            P("3 | Tiếng Anh | 104 | 47 | 4", "tr"),
            P("4 | Tin học | 41 | 17 | 1", "tr"),
            P(
                "Trường THPT Chuyên Nguyễn Thị Minh Khai dẫn đầu với 112 giải, tiếp theo là Trường THPT Hoàng "
                "Diệu (31 giải) và Trường THPT Thành phố Sóc Trăng (19 giải). Đáng chú ý, Trường Phổ thông Dân "
                "tộc nội trú tỉnh có 15 học sinh đạt giải, trong đó có 1 giải Nhất môn Địa lí."
            ),
            P(
                "Thí sinh có thể tra cứu kết quả chi tiết trên Cổng thông tin điện tử của Sở kể từ ngày "
                "26/11/2026. Thời hạn nhận đơn phúc khảo đến hết ngày 02/12/2026."
            ),
        ],
        authors=["Phòng Quản lý chất lượng"],
        opts={
            "posted": "2026-11-25 16:05",
            "hot": True,
            "tacgia": "Phòng Quản lý chất lượng",
            "list_day": "25/11/2026",
        },
    ),
    Story(
        id=41059,
        slug="danh-gia-ngoai-truong-tieu-hoc-phu-loi-a-tp-soc-trang",
        title="Đánh giá ngoài Trường Tiểu học Phú Lợi A, TP. Sóc Trăng",
        cat="21102",
        published_at="2026-11-16T15:30:00+07:00",
        blocks=[
            P(
                "Từ ngày 10 đến ngày 14/11/2026, Đoàn đánh giá ngoài của Sở GD&ĐT đã tiến hành đánh giá ngoài "
                "Trường Tiểu học Phú Lợi A (TP. Sóc Trăng) theo quy định về kiểm định chất lượng giáo dục và "
                "công nhận đạt chuẩn quốc gia đối với trường tiểu học.",
                "div",
            ),
            P(
                "Đoàn đã nghiên cứu hồ sơ tự đánh giá, khảo sát thực tế cơ sở vật chất, dự giờ 12 tiết dạy, "
                "phỏng vấn cán bộ quản lý, giáo viên, nhân viên, học sinh và cha mẹ học sinh.",
                "div",
            ),
            Img(
                f"{DL}/21602/PhuLoiA-DGN.jpg/e7d6c5b4-a392-4817-b6c5-d4e3f2a1b0c9?t=1795339800000",
                None,
                None,
                style="bare",
            ),
            P(
                "Qua đánh giá, nhà trường có khuôn viên xanh, sạch, đẹp; đủ phòng học 2 buổi/ngày và các phòng "
                "chức năng; đội ngũ giáo viên đạt chuẩn trình độ đào tạo 100%. Tỷ lệ học sinh hoàn thành "
                "chương trình lớp học đạt 99,6%.",
                "div",
            ),
            Raw(
                '<div style="text-align: center;"><iframe allowfullscreen="" frameborder="0" height="315" '
                'src="https://www.youtube.com/embed/k3Vd9sQx1Lw" width="560"></iframe></div>'
            ),
            P(
                "Đoàn thống nhất đề nghị Giám đốc Sở công nhận trường đạt kiểm định chất lượng giáo dục cấp độ "
                "3 và đề nghị UBND tỉnh công nhận trường đạt chuẩn quốc gia mức độ 2.",
                "div",
            ),
            Raw('<div style="text-align: right;"><strong>Ngọc Hân</strong></div>'),
        ],
        authors=["Ngọc Hân"],
        opts={"posted": "2026-11-16 15:30", "list_day": "17/11/2026"},
    ),
    Story(
        id=41030,
        slug="huong-dan-to-chuc-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="21102",
        published_at="2026-10-22T09:00:00+07:00",
        blocks=[
            P(
                "Ngày 21/10/2026, Sở GD&ĐT ban hành Công văn số 1876/SGDĐT-QLCL hướng dẫn các đơn vị tổ chức "
                "kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027."
            ),
            P("Về thời gian kiểm tra", "h3"),
            P(
                "Các trường THCS, THPT tổ chức kiểm tra cuối học kỳ I từ ngày 21/12/2026 đến ngày 09/01/2027. "
                "Đối với các môn kiểm tra chung đề toàn tỉnh (Ngữ văn, Toán, Tiếng Anh lớp 12), lịch kiểm tra "
                "thống nhất vào các ngày 05 và 06/01/2027."
            ),
            P("Về ra đề và tổ chức kiểm tra", "h3"),
            P("Đề kiểm tra bảo đảm đúng ma trận, bản đặc tả theo yêu cầu cần đạt của chương trình;", "li"),
            P(
                "Tỷ lệ câu hỏi theo các mức độ nhận biết, thông hiểu, vận dụng do tổ chuyên môn thống nhất;",
                "li",
            ),
            P("Bảo đảm bí mật đề kiểm tra, tổ chức coi, chấm nghiêm túc, khách quan.", "li"),
            P("Công văn nhấn mạnh:"),
            P(
                "Tuyệt đối không tổ chức ôn tập, kiểm tra vượt quá yêu cầu cần đạt, không gây áp lực cho học "
                "sinh và cha mẹ học sinh.",
                "q",
            ),
            P(
                "Kết quả kiểm tra cuối học kỳ I của các trường được báo cáo về Sở (qua Phòng Quản lý chất "
                "lượng) trước ngày 20/01/2027."
            ),
            Raw(
                '<p><img alt="" src="/html/themes/classic/images/file_system/small/pdf.png" /> '
                "Tập tin đính kèm: "
                f'<a href="{DL}/33012/1876-SGDDT-QLCL.pdf/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d">'
                "1876-SGDDT-QLCL.pdf</a> (256 KB)</p>"
            ),
        ],
        opts={"posted": "2026-10-22 09:00", "poster": "qlcl.sgd", "list_day": "22/10/2026"},
    ),
    Story(
        id=41080,
        slug="trao-150-suat-hoc-bong-cho-hoc-sinh-dan-toc-khmer-co-hoan-canh-kho-khan",
        title="Trao 150 suất học bổng cho học sinh dân tộc Khmer có hoàn cảnh khó khăn",
        cat="21103",
        published_at="2026-11-26T10:00:00+07:00",
        blocks=[
            P(
                "Ngày 25/11/2026, tại Trường Phổ thông Dân tộc nội trú tỉnh, Sở GD&ĐT phối hợp với Quỹ Khuyến "
                "học tỉnh và các nhà hảo tâm trao 150 suất học bổng cho học sinh dân tộc Khmer có hoàn cảnh khó "
                "khăn, vươn lên trong học tập."
            ),
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng tiền mặt, kèm theo một bộ sách giáo khoa và dụng cụ học "
                "tập. Tổng kinh phí chương trình hơn 360 triệu đồng, do các doanh nghiệp, chùa Khmer và cựu học "
                "sinh đóng góp."
            ),
            Img(
                f"{DL}/21588/HocBong-Khmer-2026.jpg/f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b?t=1795666800000",
                "Đại diện Sở GD&ĐT trao học bổng cho học sinh",
                "Đại diện Sở GD&ĐT trao học bổng cho học sinh",
                style="table",
            ),
            P(
                "Em Danh Thị Sóc Kha, học sinh lớp 11 Trường Phổ thông Dân tộc nội trú tỉnh, xúc động chia sẻ: "
                "“Em sẽ cố gắng học thật tốt để sau này trở thành giáo viên, về dạy chữ cho các em nhỏ ở phum "
                "sóc của mình”."
            ),
            P(
                "Theo Sở GD&ĐT, năm học 2026 - 2027 toàn tỉnh có hơn 73.000 học sinh dân tộc Khmer, chiếm khoảng "
                "31% tổng số học sinh. Công tác hỗ trợ học sinh dân tộc thiểu số luôn được ngành quan tâm thông "
                "qua chính sách miễn, giảm học phí, hỗ trợ chi phí học tập và học bổng."
            ),
        ],
        authors=["Sơn Thị Chanh Đa"],
        source="Đài Phát thanh và Truyền hình Sóc Trăng",
        opts={
            "posted": "2026-11-26 10:00",
            "tacgia": "Sơn Thị Chanh Đa",
            "nguon": "Đài Phát thanh và Truyền hình Sóc Trăng",
            "xlist": 21101,
            "list_day": "26/11/2026",
        },
    ),
    Story(
        id=41045,
        slug="tong-ket-cong-tac-day-hoc-tieng-khmer-nam-hoc-2025-2026",
        title="Tổng kết công tác dạy, học tiếng Khmer năm học 2025 - 2026",
        cat="21103",
        published_at="2026-11-05T14:20:00+07:00",
        summary=(
            "Ngày 04/11, Sở GD&ĐT tổ chức hội nghị tổng kết công tác dạy, học tiếng Khmer năm học 2025 - 2026 "
            "và triển khai nhiệm vụ năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025 - 2026, toàn tỉnh có 214 trường tiểu học, THCS tổ chức dạy tiếng Khmer với 1.986 "
                "lớp, 52.340 học sinh theo học. Đội ngũ giáo viên dạy tiếng Khmer gồm 612 người, trong đó 94% "
                "đạt chuẩn trình độ đào tạo."
            ),
            P(
                "Bên cạnh việc dạy trong nhà trường, ngành giáo dục đã phối hợp với Ban Dân tộc tỉnh, Hội Đoàn "
                "kết sư sãi yêu nước tỉnh mở 268 lớp dạy chữ Khmer hè tại các chùa, thu hút gần 9.800 học sinh "
                "tham gia."
            ),
            Img(
                "/image/journal/article?img_id=51874&amp;t=1794908400000",
                "Các đại biểu tham dự hội nghị tổng kết",
                "Các đại biểu tham dự hội nghị tổng kết",
                style="center",
            ),
            P(
                "Hội nghị cũng chỉ ra những khó khăn như: thiếu giáo viên dạy tiếng Khmer ở bậc THCS, tài liệu "
                "tham khảo và thiết bị dạy học còn hạn chế; một bộ phận phụ huynh chưa quan tâm cho con em học "
                "tiếng dân tộc."
            ),
            P("Năm học 2026 - 2027, Sở GD&ĐT đề ra các nhiệm vụ trọng tâm:"),
            P(
                "Triển khai dạy tiếng Khmer theo Chương trình giáo dục phổ thông 2018 ở tất cả các lớp có học "
                "sinh đăng ký;",
                "ol",
            ),
            P(
                "Bồi dưỡng chuyên môn, nghiệp vụ cho giáo viên dạy tiếng Khmer, chú trọng phương pháp dạy học "
                "tích cực;",
                "ol",
            ),
            P("Tăng cường ứng dụng công nghệ thông tin, xây dựng kho học liệu số tiếng Khmer.", "ol"),
            P(
                "Dịp này, Giám đốc Sở GD&ĐT tặng giấy khen cho 12 tập thể và 25 cá nhân có thành tích xuất sắc "
                "trong công tác dạy, học tiếng Khmer năm học 2025 - 2026."
            ),
            _right("Tin: Thạch Thị Sa Rây - Ảnh: Lý Văn Bình"),
        ],
        authors=["Thạch Thị Sa Rây"],
        photographers=["Lý Văn Bình"],
        opts={"posted": "2026-11-05 14:20", "list_day": "05/11/2026"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
HOT_IDS = [41092, 41088, 41085, 41003, 41076]
DELETED = {41003: "Công bố đường dây nóng tiếp nhận phản ánh về các khoản thu đầu năm học"}


# --- URLs ----------------------------------------------------------------------------------------


def friendly(story: Story, cat_id: int | None = None, slug: str | None = None) -> str:
    """The vendor's friendly URL: ``/-/news/<category-id>/<slug>-<id>.html`` (routed on the id)."""
    return f"{NEWS_LAYOUT}/-/news/{cat_id or int(story.cat)}/{slug or story.slug}-{story.id}.html"


def render_url(article_id: int) -> str:
    """The detail as plain render parameters on the "Chi tiết tin" layout (the hot-news links)."""
    return (
        f"{DETAIL_LAYOUT}?p_p_id={DETAIL_PID}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&p_p_col_id=column-1&p_p_col_count=2&_{DETAIL_PID}_id={article_id}"
    )


def _href(url: str) -> str:
    return url.replace("&", "&amp;")


# --- text as Liferay 6.2 writes it ---------------------------------------------------------------


def ck_markup(markup: str) -> str:
    """CKEditor 4's ``config.entities``: HTML 4 named entities for what has one, raw UTF-8 else."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if ord(ch) >= 160 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def ck(value: str) -> str:
    return ck_markup(_html.escape(value, quote=False))


def lr_escape(value: str) -> str:
    """Liferay 6.2 ``HtmlUtil.escape``: ``"``, ``'`` and ``/`` as numeric references too."""
    table = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#034;", "'": "&#039;", "/": "&#047;"}
    return "".join(table.get(ch, ch) for ch in value)


_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def posted(story: Story) -> datetime:
    return datetime.strptime(story.opts["posted"], "%Y-%m-%d %H:%M")


def printed_date(story: Story) -> str:
    """``dd/MM/yyyy hh:mm a`` in vi_VN: a 12-hour clock with "SA" (a.m.) and "CH" (p.m.)."""
    dt = posted(story)
    hour = dt.hour % 12 or 12
    marker = "SA" if dt.hour < 12 else "CH"
    return f"{_WEEKDAYS[dt.weekday()]}, {dt:%d/%m/%Y} {hour:02d}:{dt.minute:02d} {marker}"


def _mso_span(value: str) -> str:
    nfd = unicodedata.normalize("NFD", _html.escape(value, quote=False))
    return (
        '<span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,'
        f'&quot;serif&quot;">{nfd}</span>'
    )


def _letterhead() -> str:
    return ck_markup(
        '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
        '<td style="width: 40%; text-align: center; vertical-align: top;"><p>UBND TỈNH SÓC TRĂNG<br />'
        "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></p><p>Số: 2154/TB-SGDĐT</p></td>"
        '<td style="width: 60%; text-align: center; vertical-align: top;"><p><strong>CỘNG HÒA XÃ HỘI CHỦ '
        "NGHĨA VIỆT NAM</strong><br /><strong>Độc lập - Tự do - Hạnh phúc</strong></p>"
        "<p><em>Sóc Trăng, ngày 30 tháng 11 năm 2026</em></p></td></tr></tbody></table>\n"
        '<p style="text-align: center;">&nbsp;</p>\n'
        '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>\n'
        '<p style="text-align: center;"><strong>Về việc đăng ký dự thi chọn học sinh giỏi quốc gia THPT '
        "năm 2027</strong></p>"
    )


def _signature() -> str:
    return ck_markup(
        '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
        '<td style="width: 50%; vertical-align: top;"><p><strong><em>Nơi nhận:</em></strong><br />'
        "- Như trên;<br />- Giám đốc, các PGĐ Sở;<br />- Lưu: VT, QLCL.</p></td>"
        '<td style="width: 50%; text-align: center; vertical-align: top;"><p><strong>KT. GIÁM ĐỐC<br />'
        "PHÓ GIÁM ĐỐC</strong></p><p><em>(Đã ký)</em></p><p>&nbsp;</p><p><strong>Lê Quốc Vinh</strong>"
        "</p></td></tr></tbody></table>"
    )


def _related_box() -> str:
    a, b = BY_ID[41071], BY_ID[41092]
    return (
        '<div class="hop-tinlq" style="float: right; width: 36%; margin: 4px 0 8px 14px; '
        'padding: 6px 8px; border: 1px solid #c9d9ec; background: #f3f8fd;">'
        "<p><strong>Tin liên quan:</strong></p>"
        f'<p>&raquo; <a href="{friendly(a)}">{ck(a.title)}</a></p>'
        f'<p>&raquo; <a href="{friendly(b)}">{ck(b.title)}</a></p></div>'
    )


def _raw(block: Raw) -> str:
    if block.html == "@RELATED_BOX@":
        return _related_box()
    if block.html == "@LETTERHEAD@":
        return _letterhead()
    if block.html == "@SIGNATURE@":
        return _signature()
    if block.html.startswith("@MSO_BYLINE@"):
        line = block.html.removeprefix("@MSO_BYLINE@")
        return (
            '<p align="right" class="MsoNormal" style="text-align:right"><b>'
            f"{_mso_span(line)}</b><o:p></o:p></p>"
        )
    return ck_markup(block.html)


def _img(img: Img, alt: str) -> str:
    src = img.src
    if img.style == "table":
        rows = (
            f'<tr><td><img alt="" src="{src}" style="width: 520px; height: 347px;" /></td></tr>'
        )
        if img.printed:
            rows += (
                '<tr><td style="text-align: center;"><span style="font-size:12px;"><em>'
                f"{ck(img.printed)}</em></span></td></tr>"
            )
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 520px;">'
            f"<tbody>{rows}</tbody></table>"
        )
    if img.style == "center":
        out = (
            f'<p style="text-align: center;"><img alt="" src="{src}" '
            'style="width: 500px; height: 333px;" /></p>'
        )
        if img.printed:
            out += f'\n<p style="text-align: center;"><em>{ck(img.printed)}</em></p>'
        return out
    return (
        f'<p style="text-align: center;"><img alt="{lr_escape(alt)}" src="{src}" '
        'style="width: 480px; height: 320px; border-width: 1px; border-style: solid;" /></p>'
    )


_GROUP = {"li": "ul", "ol": "ol", "tr": "table"}


def _group(style: str, items: list[P]) -> str:
    if style == "tr":
        rows = []
        for n, item in enumerate(items):
            cells = item.text.split(" | ")
            if n == 0:
                tds = "".join(f'<td style="text-align: center;"><strong>{ck(c)}</strong></td>' for c in cells)
            else:
                tds = "".join(f"<td>{ck(c)}</td>" for c in cells)
            rows.append(f"<tr>{tds}</tr>")
        return (
            '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%; border-collapse: '
            f'collapse;"><tbody>{"".join(rows)}</tbody></table>'
        )
    tag = _GROUP[style]
    lis = "".join(f'<li style="text-align: justify;">{ck(i.text)}</li>' for i in items)
    return f"<{tag}>{lis}</{tag}>"


def _para(p: P) -> str:
    t = ck(p.text)
    if p.style == "mso":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
            f'line-height:normal">{_mso_span(p.text)}<o:p></o:p></p>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        )
    if p.style == "span":
        return (
            '<p style="text-align: justify;"><span style="font-size:14px;"><span '
            f'style="font-family:times new roman,times,serif;">{t}</span></span></p>'
        )
    if p.style == "ind":
        return f'<p style="text-indent: 30px; text-align: justify;">{t}</p>'
    if p.style == "b":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "h3":
        return f'<h3 style="text-align: justify;"><span style="font-size:14px;">{t}</span></h3>'
    if p.style == "q":
        return f"<blockquote><p><em>{t}</em></p></blockquote>"
    if p.style == "div":
        return f'<div style="text-align: justify;">{t}</div>'
    return f'<p style="text-align: justify;">{t}</p>'


def render_text(story: Story) -> str:
    """The article's text as the editor left it in the vendor's content field."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in _GROUP:
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            out.append(_group(b.style, group))
            continue
        if isinstance(b, P) and b.style == "br":
            lines = []
            while isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(ck(blocks[i].text))
                i += 1
            lines.append(ck(blocks[i].text))
            i += 1
            out.append('<p style="text-align: justify;">' + "<br />\n".join(lines) + "</p>")
            continue
        if isinstance(b, P):
            out.append(_para(b))
        elif isinstance(b, Img):
            out.append(_img(b, story.title))
        else:
            out.append(_raw(b))
        i += 1
    return "\n".join(out)


def teaser(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first[:160].rsplit(" ", 1)[0] + "…"


def thumb(story: Story) -> str:
    return (
        f"/image/image_gallery?uuid={story.id:08x}-5b1e-4c2a-9d3f-{story.id * 7919:012x}"
        f"&amp;groupId=10180&amp;t=17963{story.id:05d}000"
    )


# --- the theme ------------------------------------------------------------------------------------

NAV = [
    ("Trang chủ", HOME, 10184),
    ("Giới thiệu", f"{SITE}/gioi-thieu", 10186),
    ("Tin tức", NEWS_LAYOUT, 10209),
    ("Văn bản", f"{SITE}/van-ban", 10221),
    ("Lịch công tác", f"{SITE}/lich-cong-tac", 10223),
    ("Thư viện ảnh", f"{SITE}/thu-vien-anh", 10225),
    ("Liên hệ", f"{SITE}/lien-he", 10227),
]
_B = "6210"
_T = "1796012830000"


def _portlet(pid: str, title: str, inner: str, *, borderless: bool = False) -> str:
    root = pid.split("_INSTANCE_")[0]
    deco = "portlet-borderless" if borderless else "portlet-decorate"
    topper = (
        ""
        if borderless
        else f'<header class="portlet-topper"><h1 class="portlet-title"><span tabindex="0" '
        f'class="portlet-title-text">{title}</span></h1><menu class="portlet-topper-toolbar" '
        f'id="portlet-topper-toolbar_{pid}" type="toolbar"></menu></header>'
    )
    return (
        f'<div class="portlet-boundary portlet-boundary_{root}_ portlet-static portlet-static-end '
        f'{deco}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
        f'<section class="portlet" id="portlet_{pid}">{topper}'
        '<div class="portlet-content"><div class=" portlet-content-container" style="">'
        f'<div class="portlet-body">{inner}</div></div></div></section></div>'
    )


def _hot_news() -> str:
    items = []
    for aid in HOT_IDS:
        story = BY_ID.get(aid)
        title = story.title if story else DELETED[aid]
        items.append(f'<li><a href="{_href(render_url(aid))}">{lr_escape(title)}</a></li>')
    inner = f'<div class="tin-noibat"><ul class="ds-noibat">{"".join(items)}</ul></div>'
    return _portlet(HOT_PID, "Tin nổi bật", inner)


def _right_column() -> str:
    doc = f"{SITE}/van-ban/-/vanban/4471/cong-van-1876-sgddt-qlcl"
    vanban = _portlet(
        "vanbanmoi_WAR_sgddtvanbanportlet",
        "Văn bản mới",
        '<ul class="vb-moi"><li><a href="' + doc + '">Công văn số 1876/SGDĐT-QLCL hướng dẫn kiểm tra '
        'cuối học kỳ I năm học 2026 - 2027</a> <span class="vb-ngay">(21/10/2026)</span></li></ul>'
        f'<div class="xemtiep"><a href="{SITE}/van-ban">Xem tất cả văn bản »</a></div>',
    )
    lienket = _portlet(
        "lienketweb_WAR_sgddtnewsportlet",
        "Liên kết website",
        '<select class="lk-web" onchange="if(this.value!=\'\')window.open(this.value,\'_blank\')">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://www.soctrang.gov.vn">Cổng TTĐT tỉnh Sóc Trăng</option>'
        '<option value="https://thi.hcm.edu.vn">Hệ thống quản lý thi</option></select>'
        '<p class="banner-lk"><a href="https://dichvucong.gov.vn" target="_blank"><img alt="Dịch vụ công" '
        f'src="{THEME}/images/custom/banner-dvc.png" /></a></p>',
    )
    album = _portlet(
        "thuvienanh_WAR_sgddtmediaportlet",
        "Thư viện ảnh",
        f'<div class="album-moi"><a href="{SITE}/thu-vien-anh/-/album/36/hoi-thi-gvdg-thpt-2026">'
        f'<img alt="" src="{DL}/21543/album36-bia.jpg/aa12bb34-cc56-4d78-9e0f-123456789abc?t=1796381000000" />'
        "</a><p>Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT 2026</p></div>",
    )
    poll = _portlet(
        "59_INSTANCE_Tq2wZx8cVb1N",
        "Thăm dò ý kiến",
        f'<form action="{HOME}?p_p_id=59_INSTANCE_Tq2wZx8cVb1N&amp;p_p_lifecycle=1&amp;p_p_state=normal'
        '&amp;p_p_mode=view&amp;_59_INSTANCE_Tq2wZx8cVb1N_struts_action=%2Fpolls_display%2Fview" '
        'method="post" name="_59_INSTANCE_Tq2wZx8cVb1N_fm">'
        "<p><strong>Bạn đánh giá thế nào về Cổng thông tin điện tử của Sở?</strong></p>"
        '<label><input name="_59_INSTANCE_Tq2wZx8cVb1N_choiceId" type="radio" value="1" /> Rất hữu ích</label><br />'
        '<label><input name="_59_INSTANCE_Tq2wZx8cVb1N_choiceId" type="radio" value="2" /> Hữu ích</label><br />'
        '<label><input name="_59_INSTANCE_Tq2wZx8cVb1N_choiceId" type="radio" value="3" /> Bình thường</label><br />'
        '<button class="btn" type="submit">Biểu quyết</button></form>',
    )
    counter = _portlet(
        "thongke_WAR_sgddtnewsportlet",
        "Thống kê truy cập",
        '<ul class="tk-truycap"><li>Đang online: <strong>37</strong></li><li>Hôm nay: <strong>1.284</strong>'
        "</li><li>Tháng này: <strong>18.903</strong></li><li>Tổng truy cập: <strong>6.215.478</strong>"
        "</li></ul>",
    )
    return _hot_news() + vanban + lienket + album + poll + counter


def _nav(selected: int) -> str:
    items = []
    for n, (label, url, plid) in enumerate(NAV, 1):
        sel = ' class="selected"' if plid == selected else ""
        child = ""
        if url == NEWS_LAYOUT:
            child = '<ul class="child-menu" role="menu">' + "".join(
                f'<li class="lfr-nav-item" id="layout_{c.plid}" role="presentation">'
                f'<a aria-labelledby="layout_{c.plid}" href="{c.path}" role="menuitem">{c.name}</a></li>'
                for c in CATS.values()
            ) + "</ul>"
        popup = " aria-haspopup='true'" if child else ""
        items.append(
            f'<li{sel} id="layout_{n}" aria-selected="{str(bool(sel)).lower()}" class="lfr-nav-item" '
            f'role="presentation"><a aria-labelledby="layout_{n}"{popup} href="{url}" role="menuitem">'
            f"<span> {label}</span></a>{child}</li>"
        )
    return (
        '<nav class="sort-pages modify-pages" id="navigation" role="navigation">'
        f'<h1 class="hide-accessible">Điều hướng</h1><ul aria-label="Trang web" role="menubar">'
        f'{"".join(items)}</ul></nav>'
    )


def _crumbs(crumbs: list[tuple[str, str | None]]) -> str:
    lis = []
    for n, (label, url) in enumerate(crumbs):
        last = n == len(crumbs) - 1
        cls = "active last" if last else ("first" if n == 0 else "")
        inner = f'<a href="{url}">{label}</a>' if url and not last else label
        div = "" if last else '<span class="divider">/</span>'
        lis.append(f'<li class="{cls}">{inner}{div}</li>')
    return (
        '<nav id="breadcrumbs"><ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">'
        f'{"".join(lis)}</ul></nav>'
    )


def page(
    request: Request,
    *,
    title: str,
    crumbs: list[tuple[str, str | None]],
    main: str,
    plid: int,
    selected: int,
    canonical: str | None = None,
) -> Response:
    """A page of the vendor theme: Liferay's head, banner, menu, breadcrumb, two columns, footer."""
    base = base_url(request)
    canon = base + (canonical if canonical is not None else request.path)
    css = f"browserId=other&amp;themeId=sgddt_WAR_sgddttheme&amp;languageId=vi_VN&amp;b={_B}&amp;t={_T}"
    doc = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{title} - {ORG}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="Cổng thông tin điện tử {ORG}" lang="vi-VN" name="description" />
<meta content="giáo dục, đào tạo, sóc trăng, sở gd&amp;đt" lang="vi-VN" name="keywords" />
<link href="{THEME}/images/favicon.ico" rel="Shortcut Icon" />
<link href="{canon}" rel="canonical" />
<link class="lfr-css-file" href="{base}{THEME}/css/aui.css?{css}&amp;minifierType=css" rel="stylesheet" type="text/css" />
<link href="{base}/html/css/main.css?{css}" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" href="{base}{THEME}/css/main.css?{css}&amp;minifierType=css" rel="stylesheet" type="text/css" />
<script type="text/javascript">
var themeDisplay = (function() {{ return {{
  getCompanyId: function() {{ return '10157'; }}, getScopeGroupId: function() {{ return '10180'; }},
  getLanguageId: function() {{ return 'vi_VN'; }}, getPlid: function() {{ return '{plid}'; }},
  getLayoutURL: function() {{ return '{canon}'; }}, getPathMain: function() {{ return '/c'; }},
  getPathThemeImages: function() {{ return '{base}{THEME}/images'; }},
  isSignedIn: function() {{ return false; }}, getUserId: function() {{ return '10161'; }}
}}; }})();
</script>
<script src="{base}/html/js/barebone.jsp?{css}&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files" type="text/javascript"></script>
</head>
<body class="yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">Nhảy tới nội dung</a>
<div class="container-fluid" id="wrapper">
<div class="thanh-tren"><span class="ngay-ht">{HEADER_TODAY}</span>
<form action="{SITE}/tim-kiem" class="tk-form" method="get" name="_3_fm"><input name="_3_keywords" placeholder="Tìm kiếm..." size="20" type="text" /> <button type="submit">Tìm</button></form>
</div>
<header id="banner" role="banner">
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="{HOME}" title="Đi đến {ORG}">
<img alt="{ORG}" height="120" src="/image/company_logo?img_id=10197&amp;t={_T}" width="1000" /></a>
<span class="site-name" title="Đi đến {ORG}">{ORG}</span></h1></div>
{_nav(selected)}
</header>
<div class="marquee-tb"><marquee scrollamount="3">Chào mừng quý vị đến với Cổng thông tin điện tử {ORG}!</marquee></div>
<div id="content">
{_crumbs(crumbs)}
<div class="columns-2-sgd" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{_right_column()}
</div></div>
</div></div>
</div>
<footer id="footer" role="contentinfo"><div class="ft-sgd">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH SÓC TRĂNG</strong></p>
<p>Địa chỉ: Số 09 Lý Thường Kiệt, Phường 6, TP. Sóc Trăng, tỉnh Sóc Trăng</p>
<p>Điện thoại: (0299) 3 821 746 - Fax: (0299) 3 821 052 - Email: sgddt@soctrang.gov.vn</p>
<p>Chịu trách nhiệm chính: Ông Trần Văn Út - Giám đốc Sở Giáo dục và Đào tạo</p>
<p>Bản quyền &copy; 2014 - 2026 {ORG}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="powered-by">Powered By <a href="http://www.liferay.com" rel="external">Liferay</a></p>
</div></footer>
</div>
<script src="{base}/html/js/liferay/available_languages.jsp?{css}" type="text/javascript"></script>
</body>
</html>
"""
    return html(doc)


# --- the news portlets ----------------------------------------------------------------------------


def cat_items(cat_id: int) -> list[Story]:
    """A category's list: its own articles plus those cross-listed into it, newest first."""
    items = [s for s in STORIES if int(s.cat) == cat_id or s.opts.get("xlist") == cat_id]
    return sorted(items, key=posted, reverse=True)


def own_items(cat_id: int) -> list[Story]:
    return sorted((s for s in STORIES if int(s.cat) == cat_id), key=posted, reverse=True)


def _list_row(story: Story, cat_id: int) -> str:
    url = friendly(story, cat_id)
    return (
        '<div class="dstin-item clearfix">'
        f'<a class="anh-tin" href="{url}"><img alt="" src="{thumb(story)}" /></a>'
        f'<div class="nd-item"><a class="td-tin" href="{url}">{lr_escape(story.title)}</a> '
        f'<span class="ngay-item">({story.opts["list_day"]})</span>'
        f'<p class="mota">{lr_escape(teaser(story))}</p></div></div>'
    )


def _pager(cat: Cat, page_no: int, pages: int, total: int) -> str:
    if pages <= 1:
        return ""
    parts = [f'<span class="tongso">Trang {page_no}/{pages} ({total} tin)</span>']
    if page_no > 1:
        parts.append(f'<a class="pt-dau" href="{_href(cat.page_url(1))}" title="Trang đầu">«</a>')
        parts.append(f'<a class="pt-truoc" href="{_href(cat.page_url(page_no - 1))}" title="Trang trước">‹</a>')
    for n in range(1, pages + 1):
        if n == page_no:
            parts.append(f'<span class="pt-ht">{n}</span>')
        else:
            parts.append(f'<a class="pt-so" href="{_href(cat.page_url(n))}">{n}</a>')
    if page_no < pages:
        parts.append(f'<a class="pt-sau" href="{_href(cat.page_url(page_no + 1))}" title="Trang sau">›</a>')
        parts.append(f'<a class="pt-cuoi" href="{_href(cat.page_url(pages))}" title="Trang cuối">»</a>')
    return f'<div class="phan-trang">{" ".join(parts)}</div>'


def list_page(request: Request, cat: Cat) -> Response:
    items = cat_items(cat.id)
    pages = (len(items) + cat.delta - 1) // cat.delta
    page_no = 1
    params = request.params
    if params.get("p_p_id") == cat.pid:
        try:
            page_no = int(params.get(f"_{cat.pid}_page", "1"))
        except ValueError:
            page_no = 1
        page_no = min(max(page_no, 1), pages)
    chunk = items[(page_no - 1) * cat.delta : page_no * cat.delta]
    inner = (
        f'<div class="ds-tin" id="_{cat.pid}_dsTin">'
        + "".join(_list_row(s, cat.id) for s in chunk)
        + "</div>"
        + _pager(cat, page_no, pages, len(items))
    )
    main = _portlet(cat.pid, cat.name, inner)
    return page(
        request,
        title=cat.name,
        crumbs=[("Trang chủ", HOME), ("Tin tức", NEWS_LAYOUT), (cat.name, None)],
        main=main,
        plid=cat.plid,
        selected=10209,
    )


def _other_news(story: Story) -> str:
    others = [s for s in own_items(int(story.cat)) if s.id != story.id][:3]
    lis = "".join(
        f'<li><a href="{friendly(s)}">{lr_escape(s.title)}</a> <span class="ngay-tk">({s.opts["list_day"]})</span></li>'
        for s in others
    )
    return f'<div class="tin-khac"><div class="tieude-tinkhac">Các tin khác</div><ul>{lis}</ul></div>'


def _comments(story: Story) -> str:
    action = (
        f"{DETAIL_LAYOUT}?p_p_id={DETAIL_PID}&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view"
        f"&amp;_{DETAIL_PID}_javax.portlet.action=guiYKien"
    )
    if story.opts.get("comment"):
        head = "Ý kiến bạn đọc (1)"
        items = (
            '<div class="ykien-item"><div class="ykien-ten"><strong>Lý Thị Sà Ri</strong> '
            '<span class="ykien-ngay">05/12/2026 07:12 SA</span></div><div class="ykien-nd"><p>Xin chúc '
            "mừng các thầy cô đạt danh hiệu giáo viên dạy giỏi. Mong Sở tiếp tục tổ chức nhiều hội thi bổ "
            "ích như thế này để giáo viên được học hỏi, trao đổi kinh nghiệm.</p></div></div>"
        )
    else:
        head = "Ý kiến bạn đọc"
        items = '<p class="ykien-trong">Chưa có ý kiến nào. Hãy là người đầu tiên gửi ý kiến.</p>'
    return (
        f'<div class="y-kien"><div class="tieude-ykien">{head}</div>{items}'
        f'<form action="{action}" method="post" name="_{DETAIL_PID}_fmYKien">'
        f'<input name="_{DETAIL_PID}_id" type="hidden" value="{story.id}" />'
        f'<p><label>Họ và tên</label> <input name="_{DETAIL_PID}_hoTen" type="text" /></p>'
        f'<p><label>Email</label> <input name="_{DETAIL_PID}_email" type="text" /></p>'
        f'<p><label>Nội dung</label> <textarea name="_{DETAIL_PID}_noiDung" rows="4"></textarea></p>'
        '<button class="btn" type="submit">Gửi ý kiến</button></form></div>'
    )


def detail_html(story: Story, request: Request) -> str:
    o = story.opts
    url = base_url(request) + friendly(story)
    poster = f' <span class="nguoidang">| Người đăng: {o["poster"]}</span>' if o.get("poster") else ""
    sapo = (
        f'<div class="tomtat-ct"><strong>{ck(story.summary)}</strong></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    tools = (
        '<div class="cong-cu"><span>Cỡ chữ:</span> '
        f'<a href="javascript:;" onclick="_{DETAIL_PID}_coChu(-1)">A-</a> '
        f'<a href="javascript:;" onclick="_{DETAIL_PID}_coChu(0)">A</a> '
        f'<a href="javascript:;" onclick="_{DETAIL_PID}_coChu(1)">A+</a> | '
        '<a href="javascript:window.print();">In bài</a> | '
        f'<a href="mailto:?subject={_html.escape(story.slug)}&amp;body={url}">Gửi email</a></div>'
    )
    share = (
        '<div class="mxh-ct"><span>Chia sẻ:</span> '
        f'<a href="http://www.facebook.com/sharer.php?u={url}" target="_blank"><img alt="Facebook" '
        f'src="{THEME}/images/custom/icon-fb.png" /></a> '
        f'<a href="https://twitter.com/intent/tweet?url={url}" target="_blank"><img alt="Twitter" '
        f'src="{THEME}/images/custom/icon-tw.png" /></a> '
        f'<a href="https://sp.zalo.me/share_inline?u={url}" target="_blank"><img alt="Zalo" '
        f'src="{THEME}/images/custom/icon-zalo.png" /></a></div>'
    )
    votes = story.id % 7
    ratings = (
        f'<div class="taglib-ratings stars" id="_{DETAIL_PID}_{story.id}ratingStar">'
        '<div class="liferay-rating-vote"><div class="rating-label">Đánh giá bài viết</div>'
        + "".join(
            f'<a class="rating-element icon-star-empty" href="javascript:;" title="{n} sao"></a>'
            for n in range(1, 6)
        )
        + f' <span class="rating-label">({votes} phiếu)</span></div></div>'
    )
    after = ""
    if o.get("tacgia"):
        after += f'<div class="tacgia-ct" style="text-align: right;">Tác giả: <strong>{esc(o["tacgia"])}</strong></div>'
    if o.get("nguon"):
        after += f'<div class="nguon-ct" style="text-align: right;">Nguồn tin: <em>{esc(o["nguon"])}</em></div>'
    if o.get("updated"):
        after += f'<div class="capnhat-ct">Cập nhật lần cuối: {o["updated"]}</div>'
    return (
        f'<div class="ct-tin" id="_{DETAIL_PID}_ctTin">'
        f'<div class="tieude-ct">{lr_escape(story.title)}</div>'
        f'<div class="ngay-ct"><img alt="" src="{THEME}/images/custom/icon-lich.png" /> '
        f'<span class="ngaydang">{printed_date(story)}</span>{poster}'
        f' <span class="luotxem">| Lượt xem: {story.views()}</span></div>'
        f"{sapo}"
        f'<div class="noidung-ct" id="_{DETAIL_PID}_noiDung">{tools}\n{render_text(story)}\n{share}{ratings}</div>'
        f"{after}{_other_news(story)}{_comments(story)}</div>"
    )


def _missing(message: str) -> str:
    return f'<div class="portlet-msg-info">{message}</div>'


def detail_page(request: Request, story: Story | None, *, via_params: bool, message: str = "") -> Response:
    layout_name = "Chi tiết tin" if via_params else "Tin tức"
    layout_url = DETAIL_LAYOUT if via_params else NEWS_LAYOUT
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", HOME), (layout_name, layout_url)]
    if story is not None:
        cat = CATS[int(story.cat)]
        crumbs.append((cat.name, cat.path))
        inner = detail_html(story, request)
    else:
        crumbs[-1] = (layout_name, None)
        inner = _missing(message)
    return page(
        request,
        title=layout_name,
        crumbs=crumbs,
        main=_portlet(DETAIL_PID, "Chi tiết tin tức", inner),
        plid=10231 if via_params else 10209,
        selected=10209,
    )


def _block_list(stories: list[Story], cat_id: int) -> str:
    return "<ul class=\"ds-khoi\">" + "".join(
        f'<li><a href="{friendly(s, cat_id)}">{lr_escape(s.title)}</a> '
        f'<span class="ngay-item">({s.opts["list_day"]})</span></li>'
        for s in stories
    ) + "</ul>"


def home_page(request: Request) -> Response:
    lead = cat_items(21101)[0]
    focus = (
        '<div class="tin-tieudiem">'
        f'<a href="{friendly(lead)}"><img alt="" class="anh-tieudiem" src="{thumb(lead)}" /></a>'
        f'<a class="td-tieudiem" href="{friendly(lead)}">{lr_escape(lead.title)}</a>'
        f'<p class="mota">{lr_escape(teaser(lead))}</p></div>'
    )
    blocks = [_portlet(f"{LIST_PID}_INSTANCE_Hm0TcDk9Ax3P", "Tin tiêu điểm", focus)]
    for cat, count, inst in ((CATS[21101], 4, "Hm1Lq5Rt7Uv9"), (CATS[21102], 3, "Hm2Wx4Yz6Ab8"), (CATS[21103], 2, "Hm3Cd5Ef7Gh9")):
        inner = _block_list(cat_items(cat.id)[:count], cat.id) + (
            f'<div class="xemtiep"><a href="{cat.path}">Xem tiếp »</a></div>'
        )
        blocks.append(_portlet(f"{LIST_PID}_INSTANCE_{inst}", cat.name, inner))
    return page(
        request,
        title="Trang chủ",
        crumbs=[("Trang chủ", None)],
        main="\n".join(blocks),
        plid=10184,
        selected=10184,
    )


def overview_page(request: Request) -> Response:
    # a Web Content box the editors keep by hand: its links were copied when the news went up
    t71 = BY_ID[41071]
    hand = [
        (friendly(BY_ID[41092]), BY_ID[41092].title),
        (friendly(t71, slug=t71.opts["oldslug"]), "Sở GD&ĐT làm việc với huyện Trần Đề"),
        (friendly(BY_ID[41088]), BY_ID[41088].title),
    ]
    box = _portlet(
        "56_INSTANCE_Wc4nPq7Rs2Tu",
        "Tin mới cập nhật",
        '<div class="journal-content-article"><ul>'
        + "".join(f'<li><a href="{u}">{ck(t)}</a></li>' for u, t in hand)
        + "</ul></div>",
    )
    cats = []
    for cat in CATS.values():
        inner = _block_list(own_items(cat.id)[:3], cat.id) + (
            f'<div class="xemtiep"><a href="{cat.path}">Xem tất cả »</a></div>'
        )
        cats.append(f'<div class="khoi-cm"><h2 class="td-cm"><a href="{cat.path}">{cat.name}</a></h2>{inner}</div>')
    main = box + _portlet(CATEGORY_PID, "Tin tức", "".join(cats))
    return page(
        request,
        title="Tin tức",
        crumbs=[("Trang chủ", HOME), ("Tin tức", None)],
        main=main,
        plid=10209,
        selected=10209,
    )


# --- pages that are not articles -------------------------------------------------------------------

DOC_PATH = f"{SITE}/van-ban/-/vanban/4471/cong-van-1876-sgddt-qlcl"
ALBUM_PATH = f"{SITE}/thu-vien-anh/-/album/36/hoi-thi-gvdg-thpt-2026"


def _simple(request: Request, title: str, plid: int, pid: str, inner: str, crumbs=None) -> Response:
    return page(
        request,
        title=title,
        crumbs=crumbs or [("Trang chủ", HOME), (title, None)],
        main=_portlet(pid, title, inner),
        plid=plid,
        selected=plid,
    )


def intro_page(request: Request) -> Response:
    inner = ck_markup(
        '<div class="journal-content-article">'
        "<p><strong>Vị trí và chức năng</strong></p>"
        "<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Sóc Trăng, có chức "
        "năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo, bao gồm: "
        "chương trình, nội dung giáo dục; tiêu chuẩn nhà giáo và cán bộ quản lý; cơ sở vật chất, thiết "
        "bị trường học; quy chế thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục.</p>"
        "<p><strong>Lãnh đạo Sở</strong></p>"
        "<ul><li>Giám đốc: Ông Trần Văn Út</li><li>Phó Giám đốc: Ông Huỳnh Văn Nghĩa</li>"
        "<li>Phó Giám đốc: Ông Lê Quốc Vinh</li><li>Phó Giám đốc: Bà Nguyễn Thị Thu Vân</li></ul>"
        "<p><strong>Các phòng chuyên môn</strong></p>"
        "<p>Văn phòng; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; Phòng Giáo dục Mầm non - Tiểu học; "
        "Phòng Giáo dục Trung học; Phòng Giáo dục thường xuyên - Chuyên nghiệp; Phòng Quản lý chất lượng; "
        "Thanh tra Sở.</p></div>"
    )
    return _simple(request, "Giới thiệu", 10186, "56_INSTANCE_Gt1oIu2yTr3E", inner)


def contact_page(request: Request) -> Response:
    inner = ck_markup(
        '<div class="lien-he"><p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH SÓC TRĂNG</strong></p>'
        "<p>Địa chỉ: Số 09 Lý Thường Kiệt, Phường 6, TP. Sóc Trăng, tỉnh Sóc Trăng</p>"
        "<p>Điện thoại: (0299) 3 821 746 - Fax: (0299) 3 821 052</p><p>Email: sgddt@soctrang.gov.vn</p>"
        f'<form action="{SITE}/lien-he?p_p_id=lienhe_WAR_sgddtnewsportlet&amp;p_p_lifecycle=1" method="post">'
        '<p><label>Họ tên</label> <input name="_lienhe_WAR_sgddtnewsportlet_hoTen" type="text" /></p>'
        '<p><label>Email</label> <input name="_lienhe_WAR_sgddtnewsportlet_email" type="text" /></p>'
        '<p><label>Nội dung</label> <textarea name="_lienhe_WAR_sgddtnewsportlet_noiDung"></textarea></p>'
        '<button type="submit">Gửi liên hệ</button></form></div>'
    )
    return _simple(request, "Liên hệ", 10227, "lienhe_WAR_sgddtnewsportlet", inner)


def calendar_page(request: Request) -> Response:
    rows = [
        ("Thứ Hai, 30/11", "07h30: Giám đốc Sở chủ trì giao ban lãnh đạo Sở. Địa điểm: Phòng họp số 1."),
        ("Thứ Ba, 01/12", "08h00: PGĐ Huỳnh Văn Nghĩa dự Hội thi giáo viên dạy giỏi bậc THPT tại Trường THPT Hoàng Diệu."),
        ("Thứ Tư, 02/12", "07h30: PGĐ Nguyễn Thị Thu Vân chủ trì hội nghị triển khai Kế hoạch chuyển đổi số."),
        ("Thứ Năm, 03/12", "14h00: Giám đốc Sở làm việc với Phòng GD&ĐT huyện Mỹ Tú."),
        ("Thứ Sáu, 04/12", "14h00: Lễ tổng kết Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT."),
        ("Thứ Bảy, 05/12", "Trực cơ quan: Văn phòng Sở."),
    ]
    body = "".join(f"<tr><td><strong>{d}</strong></td><td>{w}</td></tr>" for d, w in rows)
    inner = ck_markup(
        '<div class="lich-ct"><p class="tuan">Tuần 49 (từ 30/11/2026 đến 06/12/2026)</p>'
        '<p><a href="javascript:;" onclick="_lichcongtac_WAR_sgddtlichportlet_chuyenTuan(-1)">« Tuần trước</a> | '
        '<a href="javascript:;" onclick="_lichcongtac_WAR_sgddtlichportlet_chuyenTuan(1)">Tuần sau »</a></p>'
        '<table border="1" cellpadding="4" class="bang-lich"><tbody><tr><th>Ngày</th><th>Nội dung</th></tr>'
        f"{body}</tbody></table></div>"
    )
    return _simple(request, "Lịch công tác", 10223, "lichcongtac_WAR_sgddtlichportlet", inner)


def docs_list_page(request: Request) -> Response:
    inner = (
        '<table class="table table-bordered ds-vanban"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        "<th>Trích yếu</th></tr></thead><tbody><tr><td>1876/SGDĐT-QLCL</td><td>21/10/2026</td>"
        f'<td><a href="{DOC_PATH}">Hướng dẫn tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027</a>'
        "</td></tr></tbody></table>"
    )
    return _simple(request, "Văn bản", 10221, "vanban_WAR_sgddtvanbanportlet", inner)


def doc_page(request: Request) -> Response:
    inner = (
        '<table class="table ct-vanban"><tbody>'
        "<tr><td>Số/Ký hiệu</td><td>1876/SGDĐT-QLCL</td></tr>"
        "<tr><td>Ngày ban hành</td><td>21/10/2026</td></tr>"
        "<tr><td>Loại văn bản</td><td>Công văn</td></tr>"
        "<tr><td>Cơ quan ban hành</td><td>Sở Giáo dục và Đào tạo</td></tr>"
        "<tr><td>Người ký</td><td>Lê Quốc Vinh</td></tr>"
        "<tr><td>Trích yếu</td><td>Hướng dẫn tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027</td></tr>"
        f'<tr><td>Tập tin</td><td><a href="{DL}/33012/1876-SGDDT-QLCL.pdf/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d">'
        "1876-SGDDT-QLCL.pdf</a></td></tr></tbody></table>"
    )
    return _simple(
        request,
        "Văn bản",
        10221,
        "vanban_WAR_sgddtvanbanportlet",
        inner,
        crumbs=[("Trang chủ", HOME), ("Văn bản", f"{SITE}/van-ban"), ("1876/SGDĐT-QLCL", None)],
    )


def albums_page(request: Request) -> Response:
    inner = (
        f'<div class="ds-album"><div class="album-item"><a href="{ALBUM_PATH}"><img alt="" '
        f'src="{DL}/21543/album36-bia.jpg/aa12bb34-cc56-4d78-9e0f-123456789abc?t=1796381000000" /></a>'
        f'<p><a href="{ALBUM_PATH}">Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT 2026</a> (8 ảnh)</p></div></div>'
    )
    return _simple(request, "Thư viện ảnh", 10225, "thuvienanh_WAR_sgddtmediaportlet", inner)


def album_page(request: Request) -> Response:
    caps = [
        "Giáo viên Trường THPT Mỹ Xuyên thực hành tiết dạy môn Ngữ văn",
        "Tiết dạy môn Vật lí có sử dụng thiết bị thí nghiệm số",
        "Ban Giám khảo trao đổi sau tiết dạy",
        "Các giáo viên đạt thành tích xuất sắc chụp ảnh lưu niệm",
    ]
    figs = "".join(
        f'<div class="anh-item"><img alt="" src="{DL}/21543/album36-{n}.jpg/aa12bb34-cc56-4d78-9e0f-'
        f'12345678{n:04d}?t=1796381000000" /><p class="chuthich">{c}</p></div>'
        for n, c in enumerate(caps, 1)
    )
    inner = (
        '<div class="album-ct"><div class="td-album">Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT 2026</div>'
        f'<div class="ngay-album">Ngày đăng: 04/12/2026</div>{figs}</div>'
    )
    return _simple(
        request,
        "Thư viện ảnh",
        10225,
        "thuvienanh_WAR_sgddtmediaportlet",
        inner,
        crumbs=[("Trang chủ", HOME), ("Thư viện ảnh", f"{SITE}/thu-vien-anh"), ("Hội thi GVDG THPT 2026", None)],
    )


def search_page(request: Request) -> Response:
    words = esc(request.params.get("_3_keywords", ""))
    inner = f'<div class="kq-timkiem"><p>Không tìm thấy kết quả nào cho từ khóa <strong>{words}</strong>.</p></div>'
    return _simple(request, "Tìm kiếm", 10233, "3", inner)


# --- the site -------------------------------------------------------------------------------------

_FRIENDLY = re.compile(r"^/web/sgddt/tin-tuc/-/news/(\d+)/[a-z0-9-]+-(\d+)\.html$")
_JPEG = static_file("x.jpg")
_PAGES = {
    HOME: home_page,
    NEWS_LAYOUT: overview_page,
    f"{SITE}/gioi-thieu": intro_page,
    f"{SITE}/lien-he": contact_page,
    f"{SITE}/lich-cong-tac": calendar_page,
    f"{SITE}/van-ban": docs_list_page,
    DOC_PATH: doc_page,
    f"{SITE}/thu-vien-anh": albums_page,
    ALBUM_PATH: album_page,
    f"{SITE}/tim-kiem": search_page,
}
_CAT_BY_PATH = {c.path: c for c in CATS.values()}


def _file(path: str) -> Response | None:
    if path.startswith(("/documents/", "/image/")):
        if ".pdf" in path.lower():
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        return _JPEG
    if path.startswith(("/html/", f"{THEME}/")):
        found = static_file(path)
        if found is not None:
            return found
        ctype = "text/css" if "/css/" in path else "application/javascript"
        return Response(200, b"/* liferay */", {"Content-Type": ctype})
    return static_file(path)


class LiferaySite:
    """The Sở's Liferay 6.2 portal: layouts, the vendor's news portlets, the Document Library."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST":
            # portlet action URLs (poll, comment, contact): Liferay answers with a redirect
            return redirect(HOME)
        if path in ("/", SITE, f"{SITE}/"):
            return redirect(HOME)
        if path in _PAGES:
            return _PAGES[path](request)
        if path in _CAT_BY_PATH:
            return list_page(request, _CAT_BY_PATH[path])
        match = _FRIENDLY.match(path)
        if match:
            story = BY_ID.get(int(match.group(2)))
            if story is None:
                return detail_page(request, None, via_params=False, message=_GONE)
            return detail_page(request, story, via_params=False)
        if path == DETAIL_LAYOUT:
            params = request.params
            raw = params.get(f"_{DETAIL_PID}_id") if params.get("p_p_id") == DETAIL_PID else None
            if raw is None:
                return detail_page(request, None, via_params=True, message=_CHOOSE)
            story = BY_ID.get(int(raw)) if raw.isdigit() else None
            if story is None:
                return detail_page(request, None, via_params=True, message=_GONE)
            return detail_page(request, story, via_params=True)
        return _file(path)


_GONE = "Tin tức không tồn tại hoặc đã bị gỡ bỏ."
_CHOOSE = "Vui lòng chọn tin để xem chi tiết."


def build_site() -> LiferaySite:
    return LiferaySite()


# --- gold --------------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [render_url(story.id)]
    if story.opts.get("xlist"):
        alts.append(friendly(story, story.opts["xlist"]))
    if story.opts.get("oldslug"):
        alts.append(friendly(story, slug=story.opts["oldslug"]))
    return alts


GOLD = [
    gold_record(
        s,
        friendly(s),
        CATS[int(s.cat)].name,
        canonical_path=friendly(s),
        alt_paths=_alt_paths(s),
    )
    for s in STORIES
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/lien-he",
    f"{SITE}/lich-cong-tac",
    DOC_PATH,
    ALBUM_PATH,
]
