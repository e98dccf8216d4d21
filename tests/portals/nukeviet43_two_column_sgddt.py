"""Sở Giáo dục và Đào tạo tỉnh Cao Bằng on NukeViet 4.3 (news module, a department theme).

Platform
--------
NukeViet 4.3 with rewrite on and the language in the path. The news module is the site's home
module: ``/vi/`` (and ``/vi/news/``) print ``viewcat_two_column``: one panel per top-level
category, its newest article with a thumbnail and its hometext, then two more titles in
``ul.related``. Categories print ``viewcat_page_new`` (three per page, NukeViet's pager
``ul.pagination``); the parent category "Chuyên môn - Nghiệp vụ" prints its two subcategories in
two columns instead. The theme is derived from "default": a top bar with today's date, a banner
whose site name is an ``<h1>`` on every page, a Bootstrap menu with drop-downs, the breadcrumb as
NukeViet 4.3 prints it (a *hidden* ``ul.temp-breadcrumbs`` that JavaScript copies into the visible
list), three columns (left blocks: "Giới thiệu", "Văn bản mới", links; right blocks: "Lịch công
tác", "Tin nổi bật", "Tin xem nhiều", "Thăm dò ý kiến", the counter) and a footer.

URL scheme
----------
- ``/`` -> 301 ``/vi/`` (start URL); ``/vi/news/`` is the same two-column home;
- categories ``/vi/news/<Cat-Alias>/`` and ``/vi/news/<Cat-Alias>/page-<n>/`` (``page-1/`` -> 301
  to the bare category; aliases are capitalised and matched case-sensitively);
- articles ``/vi/news/<Cat-Alias>/<alias>-<id>.html``; a wrong alias with a known id -> 301 to the
  right one (NukeViet checks the alias);
- the print view ``/vi/news/print/<Cat-Alias>/<alias>-<id>.html`` (opened by ``onclick`` only),
  the mail form ``/vi/news/sendmail/…`` (same), tags ``/vi/news/tag/<tag>/``, ``/vi/news/rss/``;
- the non-rewritten form ``/index.php?language=vi&nv=news&op=<Cat-Alias>/<alias>-<id>`` serves
  the article too (200, canonical to the rewritten URL);
- not articles: ``/vi/about/Gioi-thieu-chung.html``, ``/vi/contact/``, ``/vi/laws/`` and
  ``/vi/laws/detail/<So-hieu>.html``, ``/vi/page/Lich-cong-tac-tuan-49-2026.html``.

Page templates
--------------
Article (news ``detail.tpl``): ``h1.title`` (upper-cased by the theme's CSS only), the date line
``span.h5`` "Thứ tư, 25/11/2026 - 07:45" with "Lượt xem", mail/print icons, the hometext in a
bold box ``div.hometext``, the home image in ``figure.article.center`` with a ``figcaption``,
``div#news-bodyhtml`` (CKEditor markup), NukeViet's "Tập tin đính kèm" panel when files are
attached, the right-aligned ``p.h5.text-right`` lines "Tác giả:" and "Nguồn tin:", then panels
for keywords ("Từ khóa"), rating stars, Facebook like/comments and the lists "Những tin mới hơn",
"Những tin cũ hơn" and "Tin cùng chuyên mục" (each title with "(dd/mm/yyyy)").

How each gold article is reached
--------------------------------
- Tin tức - Sự kiện (6 listed, 3 a page): page 1 = 1285, 1281 (filed here too), 1279; page 2
  only = 1274, 1266, 1270. The home panel shows 1285, 1281, 1279.
- Chuyên môn - Nghiệp vụ (parent, no articles of its own) shows its subcategories: Giáo dục Trung
  học = 1281, 1276, 1268; Giáo dục Mầm non - Tiểu học = 1283, 1272. Its home panel shows the
  three newest of both (1283, 1281, 1276).
- Thông báo (4 listed): page 1 = 1286, an external-link item (moet.gov.vn), 1278; page 2
  only = 1262. 1278 is also linked in the "Tin nổi bật" block by its non-rewritten URL.
- Every article links its newer/older neighbours in its category, so the page-2 articles are
  also reachable through those lists (as on every NukeViet site); no listing page 1, home panel,
  sidebar block, tag page or menu links them.

Traps
-----
1. Case-sensitive, capitalised category aliases (``/vi/news/Tin-tuc-Su-kien/``): the lower-cased
   path is a 404. Gold paths keep the case as printed.
2. One article (1281) is filed in two categories (NukeViet ``listcatid``). The listing and home
   panel of "Tin tức - Sự kiện" link it as ``/vi/news/Tin-tuc-Su-kien/…-1281.html``, which
   answers 200 with that category in its breadcrumb and in its lists; its ``rel=canonical``
   points to the primary category's URL. Gold: path = canonical =
   ``/vi/news/Giao-duc-Trung-hoc/…-1281.html``, category "Giáo dục Trung học"; the other URL
   and both print views in ``alt_paths``.
3. The old alias of 1276 (its title was edited after publishing) is still linked from the
   "Xem thêm:" line of 1281; NukeViet answers 301 to the new alias. Gold: the new alias; the
   old one in ``alt_paths`` (it only redirects). ``/`` is a 301 to ``/vi/``.
4. The "Tin nổi bật" custom block (every page) links 1278 by its non-rewritten URL
   ``/index.php?language=vi&amp;nv=news&amp;op=Thong-bao/…-1278``: 200, the same page. Gold:
   the rewritten path; the non-rewritten one in ``alt_paths``.
5. The sapo is NukeViet's hometext, printed in a bold box outside ``#news-bodyhtml``. In 1279
   the editor pasted it again, bold, as the first paragraph of the bodyhtml. Gold: summary =
   hometext; the body starts with it once (the repeat is not a second paragraph). 1286 has no
   hometext (summary null).
6. The home image sits between the hometext and the bodyhtml in ``figure.article`` with a
   ``figcaption`` = the image's alt. When the editor left the alt empty (1266) NukeViet prints
   the title there. Gold: the home image is the article's first image; its caption is the line
   printed, the title included. Listing thumbnails (``/assets/news/…``), the banner, the PDF
   icon of an attachment line and the sidebar thumbnails are not images of the article.
7. The headline: ``<title>`` and ``og:title`` carry NukeViet's double escaping
   (``&amp;quot;``) and a " - <Category> - Sở GD&ĐT Cao Bằng" suffix, the banner's site name is
   an ``<h1>`` on every page before the article's, and the article's ``h1`` is upper-cased by
   CSS only. Gold title: the article ``h1``'s text as in the markup ("Hội thảo chuyên đề
   "Xây dựng…"").
8. Bylines in the right-aligned "Tác giả:" line: "Tin, ảnh: Hoàng Văn Tú" (author and
   photographer), "ThS. Nông Thị Thu Hà - Phó Trưởng phòng GDTrH" (name only), "Hà Văn Lợi
   (Trường THPT Chuyên Cao Bằng)" (name only), a unit signing alone ("Phòng GDMN-TH",
   "Phòng Tổ chức cán bộ": the author as printed), "BBT" (nobody). 1272 has no "Tác giả" line:
   its byline is the bodyhtml's last, right-aligned paragraph "Đàm Thị Ngọc Lan" with the school
   on a ``<br>`` line (author, not body); its only photo line is "Ảnh: Lục Văn Hải"
   (photographer, caption None).
9. Sources: the "Nguồn tin:" line prints a link ("Báo Cao Bằng"); 1270 has no such line but
   closes its bodyhtml with "Theo Cổng TTĐT tỉnh Cao Bằng" (source, not body); 1272's "Theo kế
   hoạch của Sở, …" is a body sentence.
10. Images of 1268 were pasted from the public site and keep its absolute URLs
    (``http://sgddtcaobang.edu.vn/uploads/news/…``), a host the fixture does not serve. Gold:
    those absolute URLs.
11. Widgets inside ``#news-bodyhtml``: a YouTube iframe (1270), "Xem thêm: <link>" lines (1270,
    1281), a dashed "Tin liên quan:" box (1268), an attachment line "Tải về: …pdf" with a PDF icon
    (1286). After it, NukeViet's "Tập tin đính kèm" panel (1262) links
    ``…-1262.html?download=1&amp;id=0``: the article's URL with a query, answering a PDF. None of
    it is body; the download variant is not an article.
12. Captions in several editor styles: ``figure.image``/``figcaption``, a centred ``<em>``
    paragraph after the image, a two-row table whose second row is "(caption)" in parentheses
    (parentheses taken off), an image without a line.
13. The body of 1276 is in decomposed Unicode (NFD, pasted from a Word file on a Mac); gold is
    NFC. 1270 prints four lines in one ``<p>`` split by ``<br />`` (four paragraphs); 1281 has a
    results table (rows, cells joined by " | ").
14. 1286 is an official notice: letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and the
    signer. Gold: published_at = the letterhead's day 2026-12-02 (the page's date line says
    04/12/2026 - 10:25), author = the signer's name, body = the numbered text only.
15. The "Thông báo" listing holds an external-link item (NukeViet ``external_link``) pointing to
    moet.gov.vn with ``target="_blank"``: not an article of this site, not gold.
16. Dates: the article's date line "Thứ tư, 25/11/2026 - 07:45" (lower-case weekday), listings
    "25/11/2026 07:45", neighbour lists "(19/11/2026)", the header's "Thứ Bảy, 05/12/2026", the
    work calendar block's days, the laws block's "Ngày ban hành". Gold: the article's date line
    with the time, +07:00.

Gold decisions on ambiguous points
----------------------------------
- Category = the breadcrumb at the canonical URL (the primary category), not the module's
  "Tin Tức" crumb and not the category of a secondary URL.
- A hometext repeated verbatim at the top of the bodyhtml counts once.
- A ``figcaption`` that repeats the headline (NukeViet's fallback for an empty alt) is still
  the printed caption.
- A right-aligned name with a unit on the next line at the end of the bodyhtml is a byline.
- The official notice's date is its letterhead day (house convention), without time.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from urllib.parse import unquote

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

NAME = "nukeviet43_two_column_sgddt"
PLATFORM = "NukeViet 4.3 (news: viewcat_two_column / viewcat_page_new, department theme)"
START_PATH = "/vi/"

SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Cao Bằng"
PROD_HOST = "http://sgddtcaobang.edu.vn"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

#: alias -> (title, parent alias)
CATS: dict[str, tuple[str, str | None]] = {
    "Tin-tuc-Su-kien": ("Tin tức - Sự kiện", None),
    "Chuyen-mon-Nghiep-vu": ("Chuyên môn - Nghiệp vụ", None),
    "Giao-duc-Trung-hoc": ("Giáo dục Trung học", "Chuyen-mon-Nghiep-vu"),
    "Giao-duc-Mam-non-Tieu-hoc": ("Giáo dục Mầm non - Tiểu học", "Chuyen-mon-Nghiep-vu"),
    "Thong-bao": ("Thông báo", None),
}
TOP_CATS = ["Tin-tuc-Su-kien", "Thong-bao", "Chuyen-mon-Nghiep-vu"]

TAGS = {
    "giao-ban": "giao ban",
    "chuyen-doi-so": "chuyển đổi số",
    "ngay-nha-giao-viet-nam": "ngày nhà giáo việt nam",
    "thi-hoc-sinh-gioi": "thi học sinh giỏi",
    "kiem-tra-danh-gia": "kiểm tra đánh giá",
    "giao-duc-stem": "giáo dục STEM",
    "giao-duc-mam-non": "giáo dục mầm non",
    "tang-cuong-tieng-viet": "tăng cường tiếng Việt",
}


def _fig(src: str, cap: str) -> Img:
    return Img(src, cap, cap, style="fig")


def _em(src: str, cap: str) -> Img:
    return Img(src, cap, cap, style="em")


LETTERHEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n<tr>\n'
    '<td style="width:42%;text-align:center;vertical-align:top">UBND TỈNH CAO BẰNG<br />\n'
    "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />\n-------<br />\nSố: 1245/TB-SGDĐT</td>\n"
    '<td style="text-align:center;vertical-align:top"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    "<br />\nĐộc lập - Tự do - Hạnh phúc</strong><br />\n---------------<br />\n"
    "<em>Cao Bằng, ngày 02 tháng 12 năm 2026</em></td>\n</tr>\n</tbody>\n</table>\n"
    '<p style="text-align:center">&nbsp;</p>\n'
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />\n'
    "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>\n"
)
SIGNATURE = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n<tr>\n'
    '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />\n'
    "- Các phòng thuộc Sở;<br />\n- Các đơn vị trực thuộc;<br />\n"
    "- UBND các xã, phường (để phối hợp);<br />\n- Lưu: VT, VP.</td>\n"
    '<td style="text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br />\nPHÓ GIÁM ĐỐC'
    "</strong><br />\n<br />\n<em>(Đã ký)</em><br />\n<br />\n<strong>Lý Văn Thạch</strong></td>\n"
    "</tr>\n</tbody>\n</table>\n"
)

STORIES: list[Story] = [
    Story(
        id=1285,
        slug="giao-ban-cong-tac-giao-duc-va-dao-tao-thang-11-nam-2026",
        title="Giao ban công tác giáo dục và đào tạo tháng 11 năm 2026",
        cat="Tin-tuc-Su-kien",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Chiều 03/12, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban trực tuyến đánh giá kết "
            "quả công tác tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12 năm 2026. Hội nghị được "
            "kết nối tới 56 điểm cầu tại Ủy ban nhân dân các xã, phường và các trường trực thuộc."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_12/giao-ban-thang-11-01.jpg",
                "Quang cảnh hội nghị tại điểm cầu Sở Giáo dục và Đào tạo",
                "Quang cảnh hội nghị tại điểm cầu Sở Giáo dục và Đào tạo",
                style="home",
            ),
            P(
                "Đồng chí Giám đốc Sở Giáo dục và Đào tạo chủ trì hội nghị. Cùng dự có các đồng chí "
                "Phó Giám đốc Sở, trưởng, phó các phòng chuyên môn, nghiệp vụ thuộc Sở; tại các điểm "
                "cầu có lãnh đạo Ủy ban nhân dân xã, phường phụ trách văn hóa - xã hội, hiệu trưởng "
                "các trường trung học phổ thông và giám đốc các trung tâm giáo dục nghề nghiệp - giáo "
                "dục thường xuyên."
            ),
            P(
                "Theo báo cáo tại hội nghị, trong tháng 11, toàn ngành đã tổ chức thành công các hoạt "
                "động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam; hoàn thành kỳ thi chọn học sinh giỏi cấp "
                "tỉnh lớp 12 với 1.146 thí sinh dự thi; tổ chức tập huấn đổi mới kiểm tra, đánh giá "
                "cho hơn 600 giáo viên cấp trung học. Công tác kiểm tra chuyên đề, kiểm tra việc thực "
                "hiện quy định về dạy thêm, học thêm được triển khai tại 18 cơ sở giáo dục."
            ),
            _em(
                "/uploads/news/2026_12/giao-ban-thang-11-02.jpg",
                "Đại diện Trường THPT Hà Quảng phát biểu tại điểm cầu xã Hà Quảng",
            ),
            P(
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: tỷ lệ học sinh bỏ học "
                "ở một số xã vùng cao còn cao so với cùng kỳ; việc cập nhật dữ liệu lên cơ sở dữ liệu "
                "ngành ở một số trường chưa kịp thời; tình trạng thiếu giáo viên môn Tin học, Âm nhạc, "
                "Mỹ thuật ở cấp tiểu học chưa được khắc phục."
            ),
            P(
                "Phát biểu kết luận, đồng chí Giám đốc Sở đề nghị các đơn vị tập trung chuẩn bị tốt "
                "cho kỳ kiểm tra cuối học kỳ I; chủ động phương án phòng, chống rét cho học sinh bán "
                "trú, nội trú, bảo đảm học sinh được ăn no, mặc ấm, không để học sinh phải nghỉ học "
                "do thời tiết giá lạnh.",
                style="span",
            ),
            P(
                "Trong tháng 12, Sở sẽ tổ chức sơ kết học kỳ I, hoàn thiện đề án sắp xếp mạng lưới "
                "trường lớp giai đoạn 2026 - 2030 trình Ủy ban nhân dân tỉnh, đồng thời đẩy mạnh "
                "chuyển đổi số trong quản lý, sử dụng học bạ số đối với tất cả các cấp học.",
                style="span",
            ),
        ],
        authors=["Hoàng Văn Tú"],
        photographers=["Hoàng Văn Tú"],
        opts={
            "publ": "2026-12-03 14:30",
            "author_line": "Tin, ảnh: Hoàng Văn Tú",
            "tags": ["giao-ban", "chuyen-doi-so"],
        },
    ),
    Story(
        id=1279,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="Tin-tuc-Su-kien",
        published_at="2026-11-19T09:15:00+07:00",
        summary=(
            "Sáng 19/11, Sở Giáo dục và Đào tạo long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam và biểu dương nhà giáo tiêu biểu năm 2026. Tới dự có lãnh đạo Tỉnh ủy, Ủy ban "
            "nhân dân tỉnh cùng đông đảo các thế hệ nhà giáo trong tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_11/ky-niem-20-11-00.jpg",
                "Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                style="home",
            ),
            Raw("@SAPO_AGAIN@"),
            P(
                "Ôn lại truyền thống vẻ vang của ngành, diễn văn kỷ niệm nêu rõ: từ những lớp bình dân "
                "học vụ đầu tiên ở vùng cách mạng Pác Bó, đến nay toàn tỉnh có 386 cơ sở giáo dục với "
                "hơn 11.200 cán bộ quản lý, giáo viên, nhân viên. Chất lượng giáo dục toàn diện từng "
                "bước được nâng lên, tỷ lệ tốt nghiệp trung học phổ thông năm 2026 đạt 97,8%."
            ),
            _fig(
                "/uploads/news/2026_11/ky-niem-20-11-01.jpg",
                "Lãnh đạo tỉnh tặng hoa chúc mừng các thế hệ nhà giáo",
            ),
            P(
                "Năm học 2025 - 2026, ngành có 23 học sinh đạt giải kỳ thi chọn học sinh giỏi quốc "
                "gia, 4 dự án đạt giải cuộc thi khoa học kỹ thuật cấp quốc gia. Công tác xây dựng "
                "trường đạt chuẩn quốc gia được quan tâm, đến nay có 61,4% số trường đạt chuẩn."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh ghi nhận, biểu "
                "dương những cống hiến thầm lặng của đội ngũ nhà giáo, nhất là các thầy cô đang ngày "
                "đêm bám trường, bám lớp ở những điểm trường xa xôi, đặc biệt khó khăn."
            ),
            P(
                "“Mỗi thầy cô giáo nơi vùng cao không chỉ dạy chữ mà còn là người giữ lửa, là điểm "
                "tựa để các em học sinh đến trường đều đặn mỗi ngày”.",
                style="quote",
            ),
            P(
                "Dịp này, Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 35 nhà giáo có thành tích "
                "xuất sắc; Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen cho 72 tập thể, cá nhân tiêu "
                "biểu trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”."
            ),
            _fig(
                "/uploads/news/2026_11/ky-niem-20-11-02.jpg",
                "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
            ),
            P(
                "Trước đó, trong tháng 11, các cơ sở giáo dục trong toàn tỉnh đã tổ chức nhiều hoạt "
                "động thiết thực như hội giảng, thăm hỏi các nhà giáo lão thành, giáo viên có hoàn "
                "cảnh khó khăn, tạo không khí thi đua sôi nổi hướng tới ngày lễ lớn của ngành."
            ),
        ],
        authors=["Lương Thị Thu Trang"],
        opts={
            "publ": "2026-11-19 09:15",
            "author_line": "Lương Thị Thu Trang",
            "tags": ["ngay-nha-giao-viet-nam"],
        },
    ),
    Story(
        id=1274,
        slug="trao-tang-500-ao-am-cho-hoc-sinh-vung-cao-xa-bao-lam",
        title="Trao tặng 500 áo ấm cho học sinh vùng cao xã Bảo Lâm",
        cat="Tin-tuc-Su-kien",
        published_at="2026-11-08T08:30:00+07:00",
        summary=(
            "Ngày 07/11, Công đoàn ngành Giáo dục phối hợp với Câu lạc bộ Thiện nguyện Ánh Dương trao "
            "tặng 500 áo ấm và nhiều phần quà cho học sinh hai trường phổ thông dân tộc bán trú trên "
            "địa bàn xã Bảo Lâm."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_11/ao-am-bao-lam-01.jpg",
                "Trao áo ấm cho học sinh Trường PTDTBT THCS Lý Bôn",
                "Trao áo ấm cho học sinh Trường PTDTBT THCS Lý Bôn",
                style="home",
            ),
            P(
                "Năm học này, Trường PTDTBT THCS Lý Bôn và Trường PTDTBT Tiểu học Vĩnh Phong có gần 900 "
                "học sinh, trong đó hơn 70% là học sinh dân tộc Mông, Dao. Nhiều em ở bán trú tại "
                "trường, gia đình còn nhiều khó khăn, thiếu áo ấm khi mùa đông đến.",
                style="div",
            ),
            P(
                "Tổng giá trị số quà trao tặng đợt này hơn 180 triệu đồng, gồm 500 áo khoác, 300 bộ "
                "chăn, 200 đôi ủng và đồ dùng học tập. Câu lạc bộ cũng hỗ trợ nhà trường sửa chữa hệ "
                "thống nước nóng cho khu nội trú.",
                style="div",
            ),
            Img(
                "/uploads/news/2026_11/ao-am-bao-lam-02.jpg",
                "(Các em học sinh vui mừng nhận áo ấm mới)",
                "Các em học sinh vui mừng nhận áo ấm mới",
                style="table",
            ),
            P(
                "Cô Lò Thị Mai, Hiệu trưởng Trường PTDTBT THCS Lý Bôn chia sẻ: những phần quà thiết "
                "thực đã giúp các em thêm động lực đến trường, nhất là trong những ngày nhiệt độ xuống "
                "thấp dưới 10 độ C.",
                style="div",
            ),
            P(
                "Được biết, từ đầu năm học đến nay, Công đoàn ngành đã vận động các tổ chức, cá nhân hỗ "
                "trợ học sinh có hoàn cảnh khó khăn với tổng trị giá trên 1,2 tỷ đồng.",
                style="div",
            ),
        ],
        authors=["Đàm Minh Chiến"],
        source="Báo Cao Bằng",
        opts={
            "publ": "2026-11-08 08:30",
            "author_line": "Đàm Minh Chiến",
            "source_link": ("Báo Cao Bằng", "https://baocaobang.vn"),
        },
    ),
    Story(
        id=1266,
        slug="lam-viec-voi-xa-bao-lac-ve-xay-dung-truong-dat-chuan-quoc-gia",
        title="Làm việc với xã Bảo Lạc về xây dựng trường đạt chuẩn quốc gia",
        cat="Tin-tuc-Su-kien",
        published_at="2026-10-22T10:00:00+07:00",
        summary=(
            "Ngày 21/10, đoàn công tác của Sở Giáo dục và Đào tạo do đồng chí Phó Giám đốc Sở làm "
            "trưởng đoàn đã làm việc với Ủy ban nhân dân xã Bảo Lạc về kế hoạch xây dựng trường đạt "
            "chuẩn quốc gia giai đoạn 2026 - 2030."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_10/bao-lac-truong-chuan.jpg",
                "Làm việc với xã Bảo Lạc về xây dựng trường đạt chuẩn quốc gia",
                "Làm việc với xã Bảo Lạc về xây dựng trường đạt chuẩn quốc gia",
                style="home",
            ),
            P(
                "Theo báo cáo của xã, hiện trên địa bàn có 9 trường học, trong đó 4 trường đạt chuẩn "
                "quốc gia mức độ 1. Trong năm 2026, xã đăng ký công nhận lại chuẩn cho Trường Mầm non "
                "Bảo Lạc và xây dựng mới chuẩn cho Trường Tiểu học Hưng Đạo."
            ),
            P(
                "Qua kiểm tra thực tế, đoàn đánh giá cơ sở vật chất các trường cơ bản đáp ứng yêu "
                "cầu; tuy nhiên còn thiếu phòng học bộ môn, phòng đa năng; một số điểm trường lẻ vẫn "
                "còn phòng học tạm, bán kiên cố."
            ),
            P("Đoàn công tác đề nghị xã tập trung một số nội dung:"),
            Raw('<ul style="margin-left:20px">\n'),
            P(
                "Rà soát, bổ sung quỹ đất cho các trường chưa đủ diện tích theo quy định;",
                style="li",
            ),
            P(
                "Lồng ghép các nguồn vốn của chương trình mục tiêu quốc gia để đầu tư phòng học bộ "
                "môn;",
                style="li",
            ),
            P(
                "Chỉ đạo các nhà trường hoàn thiện hồ sơ tự đánh giá trước ngày 15/12/2026.",
                style="li",
            ),
            Raw("</ul>\n"),
            P(
                "Đồng chí Chủ tịch Ủy ban nhân dân xã Bảo Lạc tiếp thu ý kiến của đoàn và cam kết bố "
                "trí kinh phí sửa chữa, nâng cấp cơ sở vật chất ngay trong quý IV năm 2026."
            ),
        ],
        opts={"publ": "2026-10-22 10:00", "author_line": "BBT"},
    ),
    Story(
        id=1270,
        slug="huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="Tin-tuc-Su-kien",
        published_at="2026-10-05T16:20:00+07:00",
        summary=(
            "Ngày 05/10, Sở Giáo dục và Đào tạo phối hợp với Hội Khuyến học tỉnh tổ chức Lễ khai mạc "
            "Tuần lễ hưởng ứng học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời trong kỷ "
            "nguyên số”."
        ),
        sapo_outside=True,
        blocks=[
            P("Tuần lễ diễn ra từ ngày 05/10 đến ngày 11/10/2026 với nhiều hoạt động:", style="br"),
            P(
                "- Triển lãm sách, tài liệu và sản phẩm học tập của các trung tâm học tập cộng đồng;",
                style="br",
            ),
            P("- Giới thiệu các nền tảng học trực tuyến mở cho người dân;", style="br"),
            P("- Phát động phong trào “Gia đình học tập”, “Dòng họ học tập”.", style="br"),
            P(
                "Phát biểu khai mạc, lãnh đạo Sở nhấn mạnh việc học tập suốt đời không chỉ là nhu cầu "
                "của mỗi người mà còn là yêu cầu bắt buộc để thích ứng với sự thay đổi nhanh chóng của "
                "khoa học, công nghệ. Các trung tâm học tập cộng đồng cần đổi mới nội dung, phương thức "
                "hoạt động, gắn với nhu cầu thiết thực của người dân."
            ),
            Raw(
                '<p style="text-align: center;"><iframe allowfullscreen="" frameborder="0" '
                'height="315" src="https://www.youtube.com/embed/Xq3sT0hoc26" width="560"></iframe>'
                "</p>\n"
            ),
            P(
                "Năm 2026, toàn tỉnh có 56 trung tâm học tập cộng đồng được kiện toàn sau sắp xếp đơn "
                "vị hành chính; 100% trung tâm đã được kết nối internet và trang bị tủ sách dùng chung."
            ),
            _em(
                "/uploads/news/2026_10/hoc-tap-suot-doi-01.jpg",
                "Đại biểu tham quan gian trưng bày sách tại lễ khai mạc",
            ),
            P(
                "Trong khuôn khổ Tuần lễ, các trường học mở cửa thư viện cho người dân đến đọc sách "
                "vào buổi tối; nhiều trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên tổ chức "
                "lớp tin học cơ bản miễn phí cho hội viên phụ nữ, nông dân."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="'
                + PROD_HOST
                + '/vi/laws/detail/Ke-hoach-so-2101-KH-SGDDT.html" target="_blank">Kế hoạch tổ chức '
                "Tuần lễ hưởng ứng học tập suốt đời năm 2026</a></p>\n"
            ),
            Raw('<p style="text-align: right;"><em>Theo Cổng TTĐT tỉnh Cao Bằng</em></p>\n'),
        ],
        authors=["Mạc Thị Hồng Nhung"],
        source="Cổng TTĐT tỉnh Cao Bằng",
        opts={
            "publ": "2026-10-05 16:20",
            "author_line": "Mạc Thị Hồng Nhung",
            "thumb": "/assets/news/2026_10/hoc-tap-suot-doi-01.jpg",
        },
    ),
    Story(
        id=1281,
        slug="cao-bang-co-312-hoc-sinh-dat-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        title="Cao Bằng có 312 học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
        cat="Giao-duc-Trung-hoc",
        published_at="2026-11-25T07:45:00+07:00",
        summary=(
            "Sở Giáo dục và Đào tạo vừa công bố kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm "
            "học 2026 - 2027. Trong số 1.146 thí sinh dự thi, có 312 em đạt giải, chiếm tỷ lệ 27,2%."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_11/hsg-lop-12-01.jpg",
                "Thí sinh làm bài thi môn Toán tại Hội đồng thi Trường THPT Chuyên Cao Bằng",
                "Thí sinh làm bài thi môn Toán tại Hội đồng thi Trường THPT Chuyên Cao Bằng",
                style="home",
            ),
            P(
                "Kỳ thi được tổ chức trong hai ngày 12 và 13/11/2026 tại ba hội đồng thi với 11 môn "
                "thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, "
                "Tiếng Trung Quốc và Giáo dục kinh tế và pháp luật."
            ),
            P("Kết quả cụ thể theo một số môn thi như sau:"),
            P("Môn thi | Số dự thi | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", style="tr"),
            P("Toán | 128 | 2 | 6 | 11 | 16", style="tr"),
            P("Ngữ văn | 141 | 1 | 5 | 13 | 19", style="tr"),
            P("Tiếng Anh | 156 | 3 | 8 | 12 | 21", style="tr"),
            P("Các môn còn lại | 721 | 9 | 31 | 67 | 88", style="tr"),
            P(
                "Trường THPT Chuyên Cao Bằng tiếp tục dẫn đầu với 148 giải, trong đó có 11 giải Nhất. "
                "Đáng chú ý, nhiều trường ở các xã vùng cao như Trường THPT Bảo Lạc, Trường THPT Nà "
                "Giàng có học sinh đạt giải Nhì, giải Ba, cho thấy sự tiến bộ rõ rệt trong công tác "
                "bồi dưỡng học sinh giỏi."
            ),
            P(
                "Căn cứ kết quả kỳ thi, Sở sẽ tuyển chọn đội tuyển dự thi chọn học sinh giỏi quốc gia "
                "năm 2027 và tổ chức tập huấn tập trung cho các đội tuyển từ giữa tháng 12/2026."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/vi/news/Giao-duc-Trung-hoc/'
                'tap-huan-kiem-tra-danh-gia-mon-ngu-van-1276.html">Tập huấn kiểm tra, đánh giá môn '
                "Ngữ văn</a></p>\n"
            ),
        ],
        authors=["Nông Thị Thu Hà"],
        opts={
            "publ": "2026-11-25 07:45",
            "author_line": "ThS. Nông Thị Thu Hà - Phó Trưởng phòng GDTrH",
            "tags": ["thi-hoc-sinh-gioi"],
            "listcats": ["Tin-tuc-Su-kien"],
        },
    ),
    Story(
        id=1276,
        slug="tap-huan-doi-moi-kiem-tra-danh-gia-theo-chuong-trinh-gdpt-2018-mon-ngu-van",
        title="Tập huấn đổi mới kiểm tra, đánh giá theo Chương trình GDPT 2018 môn Ngữ văn",
        cat="Giao-duc-Trung-hoc",
        published_at="2026-11-12T13:30:00+07:00",
        summary=(
            "Từ ngày 10 đến 12/11, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn đổi mới kiểm tra, đánh "
            "giá môn Ngữ văn cấp trung học cơ sở và trung học phổ thông cho 214 giáo viên cốt cán "
            "trong toàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp tập huấn do các giảng viên Trường Đại học Sư phạm - Đại học Thái Nguyên trực tiếp "
                "giảng dạy. Nội dung tập trung vào kỹ thuật xây dựng ma trận, bản đặc tả đề kiểm tra; "
                "cách sử dụng ngữ liệu ngoài sách giáo khoa trong đề kiểm tra định kỳ và đề thi.",
                style="nfd",
            ),
            P(
                "Học viên được thực hành biên soạn đề kiểm tra theo nhóm, sau đó phản biện chéo giữa "
                "các nhóm. Nhiều ý kiến thẳng thắn về mức độ phù hợp của ngữ liệu với học sinh vùng "
                "dân tộc thiểu số đã được giảng viên phân tích, gợi mở hướng điều chỉnh.",
                style="nfd",
            ),
            Img("/uploads/news/2026_11/tap-huan-ngu-van-01.jpg", None, None, style="bare"),
            P(
                "Theo đánh giá của Phòng Giáo dục Trung học, việc ra đề theo hướng đánh giá năng lực, "
                "không sử dụng lại văn bản đã học trong sách giáo khoa đã được các trường triển khai "
                "từ năm học trước, song chất lượng đề ở một số đơn vị chưa đồng đều.",
                style="nfd",
            ),
            P(
                "Sau tập huấn, các giáo viên cốt cán có trách nhiệm tổ chức sinh hoạt chuyên môn theo "
                "cụm trường, chia sẻ lại nội dung cho đồng nghiệp trước khi kết thúc học kỳ I.",
                style="nfd",
            ),
            P(
                "Lớp tập huấn cùng nội dung đối với môn Toán và môn Tiếng Anh sẽ được tổ chức trong "
                "tháng 12/2026.",
                style="nfd",
            ),
        ],
        authors=["Triệu Thị Lan"],
        opts={
            "publ": "2026-11-12 13:30",
            "author_line": "Triệu Thị Lan",
            "tags": ["kiem-tra-danh-gia"],
            "old_slug": "tap-huan-kiem-tra-danh-gia-mon-ngu-van",
            "thumb": "/assets/news/2026_11/tap-huan-ngu-van-01.jpg",
        },
    ),
    Story(
        id=1268,
        slug="hoi-thao-chuyen-de-giao-duc-stem-cap-trung-hoc-pho-thong",
        title="Hội thảo chuyên đề giáo dục STEM cấp trung học phổ thông",
        cat="Giao-duc-Trung-hoc",
        published_at="2026-10-15T08:00:00+07:00",
        summary=(
            "Ngày 14/10, tại Trường THPT Chuyên Cao Bằng, Sở Giáo dục và Đào tạo tổ chức hội thảo "
            "chuyên đề “Tổ chức hoạt động giáo dục STEM trong trường trung học phổ thông” với sự tham "
            "gia của hơn 150 cán bộ quản lý, giáo viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại hội thảo, các đại biểu đã dự 3 tiết dạy minh họa chủ đề STEM ở các môn Vật lí, "
                "Công nghệ và Tin học. Trong tiết học chủ đề “Hệ thống tưới cây tự động”, học sinh lớp "
                "11 tự thiết kế mạch điều khiển, lập trình cảm biến độ ẩm và trình bày sản phẩm trước "
                "hội thảo."
            ),
            _fig(
                PROD_HOST + "/uploads/news/2026_10/hoi-thao-stem-01.jpg",
                "Học sinh trình bày sản phẩm “Hệ thống tưới cây tự động”",
            ),
            P(
                "Các tham luận tập trung làm rõ quy trình xây dựng bài học STEM, cách đánh giá năng lực "
                "học sinh qua sản phẩm và kinh nghiệm huy động nguồn lực xã hội hóa để trang bị thiết "
                "bị. Đại diện Trường THPT Thông Nông chia sẻ cách tận dụng vật liệu tái chế, phù hợp với "
                "điều kiện nhà trường vùng cao."
            ),
            _fig(
                PROD_HOST + "/uploads/news/2026_10/hoi-thao-stem-02.jpg",
                "Các đại biểu dự tiết dạy minh họa môn Công nghệ",
            ),
            P(
                "Kết luận hội thảo, lãnh đạo Sở yêu cầu mỗi trường trung học phổ thông xây dựng ít nhất "
                "4 chủ đề STEM trong năm học, tổ chức ngày hội STEM cấp trường trước tháng 3/2027 và "
                "lựa chọn sản phẩm tiêu biểu tham gia ngày hội cấp tỉnh."
            ),
            Raw(
                '<div style="border:1px dashed #9a9a9a;padding:6px 10px;margin:10px 0">'
                "<strong>Tin liên quan:</strong>\n<ul>\n"
                '<li><a href="'
                + PROD_HOST
                + '/vi/news/Giao-duc-Trung-hoc/ngay-hoi-stem-cap-tinh-nam-hoc-2025-2026-1102.html">'
                "Ngày hội STEM cấp tỉnh năm học 2025 - 2026</a></li>\n"
                '<li><a href="'
                + PROD_HOST
                + '/vi/news/Giao-duc-Trung-hoc/tap-huan-xay-dung-chu-de-stem-1057.html">'
                "Tập huấn xây dựng chủ đề STEM cho giáo viên trung học</a></li>\n</ul>\n</div>\n"
            ),
        ],
        authors=["Hà Văn Lợi"],
        opts={
            "publ": "2026-10-15 08:00",
            "author_line": "Hà Văn Lợi (Trường THPT Chuyên Cao Bằng)",
            "tags": ["giao-duc-stem"],
            "thumb": "/assets/news/2026_10/hoi-thao-stem-01.jpg",
        },
    ),
    Story(
        id=1283,
        slug="hoi-thao-chuyen-de-xay-dung-truong-mam-non-lay-tre-lam-trung-tam-nam-2026",
        title="Hội thảo chuyên đề \"Xây dựng trường mầm non lấy trẻ làm trung tâm\" năm 2026",
        cat="Giao-duc-Mam-non-Tieu-hoc",
        published_at="2026-11-28T15:10:00+07:00",
        summary=(
            "Trong hai ngày 26 và 27/11, Sở Giáo dục và Đào tạo tổ chức hội thảo chuyên đề \"Xây dựng "
            "trường mầm non lấy trẻ làm trung tâm\" tại Trường Mầm non Hoa Sen, phường Thục Phán."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_11/mam-non-hoa-sen-01.jpg",
                "Trẻ Trường Mầm non Hoa Sen tham gia hoạt động trải nghiệm",
                "Trẻ Trường Mầm non Hoa Sen tham gia hoạt động trải nghiệm",
                style="home",
            ),
            P(
                "Hội thảo thu hút hơn 200 cán bộ quản lý, giáo viên mầm non đến từ các trường trong "
                "tỉnh. Các đại biểu đã tham quan môi trường giáo dục trong và ngoài lớp học, dự 4 hoạt "
                "động giáo dục minh họa ở các độ tuổi nhà trẻ, mẫu giáo bé, nhỡ và lớn."
            ),
            P(
                "Điểm nổi bật tại các hoạt động là trẻ được chủ động lựa chọn góc chơi, tự đặt câu hỏi "
                "và tìm cách giải quyết vấn đề. Giáo viên đóng vai trò người quan sát, gợi mở, hỗ trợ "
                "kịp thời thay vì áp đặt nội dung."
            ),
            _em(
                "/uploads/news/2026_11/mam-non-hoa-sen-02.jpg",
                "Giáo viên hướng dẫn trẻ khám phá góc thiên nhiên",
            ),
            P(
                "Ngoài ra, nhà trường còn giới thiệu mô hình \"Góc văn hóa dân tộc\" với các đồ dùng, "
                "trang phục, nhạc cụ truyền thống của đồng bào Tày, Nùng, giúp trẻ làm quen với bản sắc "
                "văn hóa địa phương ngay từ lứa tuổi mầm non."
            ),
            P(
                "Thông qua hội thảo, Sở đề nghị các trường mầm non tiếp tục rà soát, cải tạo môi trường "
                "giáo dục theo hướng mở, tận dụng nguyên vật liệu sẵn có ở địa phương; tăng cường bồi "
                "dưỡng kỹ năng quan sát, đánh giá sự phát triển của trẻ cho đội ngũ giáo viên."
            ),
        ],
        authors=["Phòng GDMN-TH"],
        opts={
            "publ": "2026-11-28 15:10",
            "author_line": "Phòng GDMN-TH",
            "tags": ["giao-duc-mam-non"],
        },
    ),
    Story(
        id=1272,
        slug="tang-cuong-tieng-viet-cho-tre-mam-non-hoc-sinh-tieu-hoc-nguoi-dan-toc-thieu-so",
        title="Tăng cường tiếng Việt cho trẻ mầm non, học sinh tiểu học người dân tộc thiểu số",
        cat="Giao-duc-Mam-non-Tieu-hoc",
        published_at="2026-11-03T09:40:00+07:00",
        summary=(
            "Năm học 2026 - 2027, các trường mầm non, tiểu học vùng dân tộc thiểu số trong tỉnh tiếp "
            "tục triển khai nhiều giải pháp tăng cường tiếng Việt, tạo nền tảng để trẻ tự tin bước "
            "vào lớp 1."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại Trường Tiểu học Thông Nông, mỗi lớp 1 được bố trí “góc tiếng Việt” với tranh ảnh, "
                "thẻ chữ và truyện tranh song ngữ. Trong 2 tuần đầu năm học, học sinh lớp 1 được học "
                "chương trình làm quen tiếng Việt trước khi vào học chính khóa.",
                style="span",
            ),
            Img(
                "/uploads/news/2026_11/tang-cuong-tieng-viet-01.jpg",
                "Ảnh: Lục Văn Hải",
                None,
                style="em",
            ),
            P(
                "Nhà trường còn phối hợp với cha mẹ học sinh duy trì mô hình “Mỗi tối một câu chuyện”, "
                "khuyến khích phụ huynh đọc truyện, trò chuyện với con bằng tiếng Việt. Giáo viên người "
                "địa phương biết tiếng Tày, tiếng Mông hỗ trợ học sinh ở những giờ học đầu tiên.",
                style="span",
            ),
            P(
                "Kết quả khảo sát đầu năm cho thấy 94% học sinh lớp 1 của trường nghe hiểu và giao tiếp "
                "được bằng tiếng Việt ở mức cơ bản, tăng 6% so với năm học trước.",
                style="span",
            ),
            P(
                "Theo kế hoạch của Sở, đến năm 2030, 100% trẻ mẫu giáo 5 tuổi người dân tộc thiểu số "
                "được chuẩn bị tiếng Việt trước khi vào lớp 1.",
                style="span",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Đàm Thị Ngọc Lan</strong><br />\n'
                "<em>Trường Tiểu học Thông Nông</em></p>\n"
            ),
        ],
        authors=["Đàm Thị Ngọc Lan"],
        photographers=["Lục Văn Hải"],
        opts={
            "publ": "2026-11-03 09:40",
            "tags": ["tang-cuong-tieng-viet"],
            "thumb": "/assets/news/2026_11/tang-cuong-tieng-viet-01.jpg",
        },
    ),
    Story(
        id=1286,
        slug="thong-bao-nghi-tet-duong-lich-nam-2027",
        title="Thông báo nghỉ Tết Dương lịch năm 2027",
        cat="Thong-bao",
        published_at="2026-12-02",
        blocks=[
            Raw(LETTERHEAD),
            P(
                "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019; căn cứ Thông báo của Ủy ban nhân "
                "dân tỉnh về việc nghỉ Tết Dương lịch năm 2027, Sở Giáo dục và Đào tạo thông báo lịch "
                "nghỉ Tết Dương lịch năm 2027 như sau:"
            ),
            P(
                "1. Cán bộ, công chức, viên chức và người lao động thuộc Sở Giáo dục và Đào tạo, các "
                "đơn vị trực thuộc Sở được nghỉ Tết Dương lịch 01 ngày vào thứ Sáu, ngày 01/01/2027. "
                "Kết hợp với ngày nghỉ hằng tuần, thời gian nghỉ liên tục từ ngày 01/01/2027 đến hết "
                "ngày 03/01/2027."
            ),
            P(
                "2. Học sinh, học viên các cơ sở giáo dục trên địa bàn tỉnh nghỉ Tết Dương lịch theo "
                "thời gian nêu tại mục 1. Các trường có học sinh bán trú, nội trú có trách nhiệm bố trí "
                "người trực, bảo đảm an toàn cho học sinh ở lại trường trong thời gian nghỉ."
            ),
            P(
                "3. Thủ trưởng các đơn vị bố trí lịch trực, bảo vệ cơ quan, phòng chống cháy nổ; báo "
                "cáo tình hình trước, trong và sau thời gian nghỉ về Văn phòng Sở trước 16 giờ 00 ngày "
                "04/01/2027."
            ),
            P("Sở Giáo dục và Đào tạo thông báo để các đơn vị biết, thực hiện."),
            Raw(SIGNATURE),
            Raw(
                '<p><img alt="pdf" src="/assets/images/icons/pdf.png" width="16" /> Tải về: '
                '<a href="/uploads/news/2026_12/tb-1245-sgddt-nghi-tet-duong-lich.pdf" '
                'target="_blank">TB-1245-SGDDT.pdf</a></p>\n'
            ),
        ],
        authors=["Lý Văn Thạch"],
        opts={"publ": "2026-12-04 10:25", "thumb": "/assets/news/thong-bao.png"},
    ),
    Story(
        id=1278,
        slug="thong-bao-tiep-nhan-ho-so-xet-thang-hang-chuc-danh-nghe-nghiep-giao-vien-nam-2026",
        title="Thông báo tiếp nhận hồ sơ xét thăng hạng chức danh nghề nghiệp giáo viên năm 2026",
        cat="Thong-bao",
        published_at="2026-11-16T14:00:00+07:00",
        summary=(
            "Sở Giáo dục và Đào tạo thông báo tiếp nhận hồ sơ đăng ký dự xét thăng hạng chức danh "
            "nghề nghiệp giáo viên mầm non, phổ thông công lập năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đối tượng: giáo viên đang giữ chức danh nghề nghiệp hạng III lên hạng II và hạng II "
                "lên hạng I, đang công tác tại các cơ sở giáo dục công lập trực thuộc Sở và các trường "
                "mầm non, tiểu học, trung học cơ sở thuộc Ủy ban nhân dân các xã, phường."
            ),
            P("Hồ sơ đăng ký gồm:"),
            P("- Đơn đăng ký dự xét thăng hạng theo mẫu;"),
            P("- Bản nhận xét, đánh giá của người đứng đầu cơ sở giáo dục;"),
            P("- Bản sao các văn bằng, chứng chỉ theo yêu cầu của hạng đăng ký dự xét;"),
            P("- Minh chứng đáp ứng tiêu chuẩn về năng lực chuyên môn, nghiệp vụ."),
            P(
                "Thời gian tiếp nhận hồ sơ: từ ngày 20/11/2026 đến hết ngày 10/12/2026 (trong giờ hành "
                "chính). Địa điểm: Phòng Tổ chức cán bộ, Sở Giáo dục và Đào tạo."
            ),
            P(
                "Chi tiết chỉ tiêu, điều kiện, tiêu chuẩn xét thăng hạng đối với từng hạng chức danh "
                "nghề nghiệp xem tại văn bản đính kèm."
            ),
            Raw(
                "<p><strong>Văn bản đính kèm:</strong><br />\n"
                '<a href="/uploads/news/2026_11/tb-xet-thang-hang-2026.pdf">TB-xet-thang-hang-2026.pdf'
                "</a><br />\n"
                '<a href="/uploads/news/2026_11/mau-don-dang-ky.doc">Mau-don-dang-ky.doc</a></p>\n'
            ),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        opts={
            "publ": "2026-11-16 14:00",
            "author_line": "Phòng Tổ chức cán bộ",
            "thumb": "/assets/news/thong-bao.png",
            "nonrewrite": True,
        },
    ),
    Story(
        id=1262,
        slug="thong-bao-to-chuc-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-danh-cho-hoc-sinh-trung-hoc",
        title=(
            "Thông báo tổ chức Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm "
            "học 2026 - 2027"
        ),
        cat="Thong-bao",
        published_at="2026-10-01T08:00:00+07:00",
        summary=(
            "Nhằm khuyến khích học sinh trung học nghiên cứu, sáng tạo khoa học, công nghệ, kỹ thuật "
            "và vận dụng kiến thức vào giải quyết các vấn đề thực tiễn, Sở Giáo dục và Đào tạo thông "
            "báo tổ chức Cuộc thi khoa học kỹ thuật cấp tỉnh năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Đối tượng dự thi", style="h4"),
            P(
                "Học sinh đang học lớp 8, lớp 9 trường trung học cơ sở và học sinh trung học phổ thông "
                "trên địa bàn tỉnh. Mỗi dự án có không quá 02 học sinh tham gia và 01 người hướng dẫn "
                "khoa học."
            ),
            P("2. Lĩnh vực dự thi", style="h4"),
            P(
                "Dự án dự thi thuộc một trong 22 lĩnh vực theo quy định của Bộ Giáo dục và Đào tạo, "
                "trong đó khuyến khích các dự án ứng dụng công nghệ số, nông nghiệp công nghệ cao và "
                "bảo tồn văn hóa các dân tộc tỉnh Cao Bằng."
            ),
            P("3. Thời gian, địa điểm", style="h4"),
            P(
                "Các đơn vị gửi hồ sơ đăng ký dự thi về Sở (qua Phòng Giáo dục Trung học) trước ngày "
                "30/11/2026. Vòng chung kết dự kiến tổ chức trong tháng 01/2027 tại Trường THPT Chuyên "
                "Cao Bằng."
            ),
            P("Mọi chi tiết xin liên hệ Phòng Giáo dục Trung học, điện thoại 0206.3852.147."),
        ],
        opts={
            "publ": "2026-10-01 08:00",
            "thumb": "/assets/news/thong-bao.png",
            "files": ["KH-cuoc-thi-KHKT-2026-2027.pdf"],
        },
    ),
]

STORY_BY_ID = {s.id: s for s in STORIES}


@dataclass
class External:
    """A news row with NukeViet's ``external_link``: the listing links straight to another site."""

    id: int
    title: str
    url: str
    cat: str
    hometext: str
    opts: dict = field(default_factory=dict)


EXTERNALS = [
    External(
        id=1280,
        title="Bộ GD&ĐT lấy ý kiến góp ý dự thảo Thông tư ban hành Điều lệ trường trung học",
        url="https://moet.gov.vn/van-ban/vbdt/Pages/chi-tiet-van-ban.aspx?ItemID=1763",
        cat="Thong-bao",
        hometext=(
            "Bộ Giáo dục và Đào tạo đang lấy ý kiến rộng rãi đối với dự thảo Thông tư ban hành Điều lệ "
            "trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học."
        ),
        opts={"publ": "2026-11-20 08:00", "thumb": "/assets/news/2026_11/moet-du-thao.jpg"},
    ),
]


# --- small helpers ----------------------------------------------------------------------------


def _publ(item: Story | External) -> dt.datetime:
    return dt.datetime.strptime(item.opts["publ"], "%Y-%m-%d %H:%M")


def _date_line(when: dt.datetime) -> str:
    """The detail view's date line: "Thứ tư, 25/11/2026 - 07:45"."""
    return f"{WEEKDAYS[when.weekday()]}, {when:%d/%m/%Y - %H:%M}"


def _cats_of(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("listcats", [])]


def art_path(story: Story, cat: str | None = None, slug: str | None = None) -> str:
    return f"/vi/news/{cat or story.cat}/{slug or story.slug}-{story.id}.html"


def print_path(story: Story, cat: str | None = None) -> str:
    return f"/vi/news/print/{cat or story.cat}/{story.slug}-{story.id}.html"


def nonrewrite_path(story: Story) -> str:
    return f"/index.php?language=vi&nv=news&op={story.cat}/{story.slug}-{story.id}"


def _link(item: Story | External, cat: str | None = None) -> str:
    """How a listing of ``cat`` links the row (NukeViet builds it from the listed category)."""
    if isinstance(item, External):
        return item.url
    return art_path(item, cat if cat in _cats_of(item) else None)


def _thumb(item: Story | External) -> str:
    if isinstance(item, Story):
        for img in item.images:
            if img.style == "home":
                return img.src.replace("/uploads/news/", "/assets/news/")
    return item.opts["thumb"]


def _hometext(item: Story | External) -> str:
    return item.hometext if isinstance(item, External) else (item.summary or "")


def _title(item: Story | External) -> str:
    return item.title


def _subcats(cat: str) -> list[str]:
    return [alias for alias, (_, parent) in CATS.items() if parent == cat]


def _entries(cat: str) -> list[Story | External]:
    """The rows a category lists, newest first (its subcategories' rows for a parent)."""
    cats = {cat, *_subcats(cat)}
    rows: list[Story | External] = [s for s in STORIES if cats & set(_cats_of(s))]
    rows += [e for e in EXTERNALS if e.cat in cats]
    return sorted(rows, key=_publ, reverse=True)


def _views(item: Story | External) -> int:
    return 97 + (item.id * 37) % 1900


# --- the theme ----------------------------------------------------------------------------------

_CSS_VER = "t=1733390112"

_STYLE = """<style type="text/css">
.news_column h1.title{text-transform:uppercase;color:#0b4f9c;font-size:20px;line-height:1.4}
.news_column .hometext{font-weight:700;background:#eef5fc;border:1px solid #c8dcf0;padding:8px 12px}
.sgd-topbar{background:#0b4f9c;color:#fff;font-size:12px}
.cot-trai .panel-heading,.cot-phai .panel-heading{text-transform:uppercase;font-weight:700}
</style>"""


def _menu() -> str:
    def sub(parent: str) -> str:
        return "".join(
            f'<li><a href="/vi/news/{a}/" title="{esc(CATS[a][0])}">{esc(CATS[a][0])}</a></li>\n'
            for a in _subcats(parent)
        )

    return f"""<nav class="second-nav" id="menusite">
<div class="container"><div class="row"><div class="bg box-shadow">
<div class="navbar navbar-default navbar-static-top" role="navigation">
<div class="navbar-header">
<button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#menu-site-default">
<span class="sr-only">Bật/Tắt Menu</span><span class="icon-bar">&nbsp;</span><span class="icon-bar">&nbsp;</span></button>
</div>
<div class="collapse navbar-collapse" id="menu-site-default">
<ul class="nav navbar-nav">
<li><a class="home" title="Trang nhất" href="/vi/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>
<li role="presentation" class="dropdown"><a class="dropdown-toggle" href="/vi/about/Gioi-thieu-chung.html" role="button" aria-expanded="false" title="Giới thiệu">Giới thiệu <strong class="caret">&nbsp;</strong></a>
<ul class="dropdown-menu">
<li><a href="/vi/about/Gioi-thieu-chung.html" title="Giới thiệu chung">Giới thiệu chung</a></li>
<li><a href="/vi/contact/" title="Liên hệ">Liên hệ - Góp ý</a></li>
</ul></li>
<li><a href="/vi/news/Tin-tuc-Su-kien/" title="Tin tức - Sự kiện">Tin tức - Sự kiện</a></li>
<li role="presentation" class="dropdown"><a class="dropdown-toggle" href="/vi/news/Chuyen-mon-Nghiep-vu/" role="button" aria-expanded="false" title="Chuyên môn - Nghiệp vụ">Chuyên môn - Nghiệp vụ <strong class="caret">&nbsp;</strong></a>
<ul class="dropdown-menu">
{sub("Chuyen-mon-Nghiep-vu")}</ul></li>
<li><a href="/vi/news/Thong-bao/" title="Thông báo">Thông báo</a></li>
<li><a href="/vi/laws/" title="Văn bản">Văn bản</a></li>
<li><a href="/vi/page/Lich-cong-tac-tuan-49-2026.html" title="Lịch công tác">Lịch công tác</a></li>
<li><a href="/vi/contact/" title="Liên hệ">Liên hệ</a></li>
</ul>
</div>
</div>
</div></div></div>
</nav>"""


def _breadcrumbs(crumbs: list[tuple[str, str]]) -> str:
    """NukeViet 4.3: the crumbs sit in a hidden list that theme JavaScript copies into view."""
    if not crumbs:
        return ""
    items = [
        '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        '<a href="/vi/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span>'
        '</a><i class="hidden" itemprop="position" content="1"></i></li>'
    ]
    for pos, (label, href) in enumerate(crumbs, start=2):
        items.append(
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
            f'<a href="{esc(href)}" itemprop="item" title="{esc(label)}"><span itemprop="name">'
            f'{esc(label)}</span></a><i class="hidden" itemprop="position" content="{pos}"></i></li>'
        )
    return f"""<nav class="third-nav">
<div class="row"><div class="bg"><div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18">
<div class="breadcrumbs-wrap">
<div class="display">
<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>
<ul class="breadcrumbs list-none"></ul>
</div>
<ul class="subs-breadcrumbs"></ul>
<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">
{chr(10).join(items)}
</ul>
</div>
</div>
<div class="headerSearch col-xs-24 col-sm-6 col-md-6">
<div class="input-group">
<input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm...">
<span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/vi/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span>
</div>
</div>
</div></div></div>
</nav>"""


def _laws_block() -> str:
    rows = "".join(
        f'<li><em class="fa fa-file-text-o">&nbsp;</em><a href="/vi/laws/detail/{alias}.html" '
        f'title="{esc(law["trich_yeu"])}">{esc(law["so"])} - {esc(law["trich_yeu"])}</a><br />'
        f'<span class="text-muted small">Ngày ban hành: {law["ngay"]}</span></li>\n'
        for alias, law in LAWS.items()
    )
    return f"""<div class="panel panel-primary">
<div class="panel-heading">Văn bản mới</div>
<div class="panel-body">
<ul class="block_new_law list-none">
{rows}</ul>
<p class="text-right"><a href="/vi/laws/" title="Xem tất cả văn bản">Xem tất cả &raquo;</a></p>
</div>
</div>"""


_LEFT_STATIC = """<div class="panel panel-primary">
<div class="panel-heading">Giới thiệu</div>
<div class="panel-body">
<ul class="menu-gt list-none">
<li><em class="fa fa-caret-right">&nbsp;</em><a href="/vi/about/Gioi-thieu-chung.html" title="Giới thiệu chung">Chức năng, nhiệm vụ</a></li>
<li><em class="fa fa-caret-right">&nbsp;</em><a href="/vi/contact/" title="Liên hệ">Danh bạ, liên hệ</a></li>
<li><em class="fa fa-caret-right">&nbsp;</em><a href="/vi/laws/" title="Văn bản">Văn bản chỉ đạo, điều hành</a></li>
</ul>
</div>
</div>
@LAWS@
<div class="panel panel-primary">
<div class="panel-heading">Liên kết website</div>
<div class="panel-body text-center">
<a href="https://moet.gov.vn" target="_blank" title="Bộ Giáo dục và Đào tạo"><img alt="Bộ Giáo dục và Đào tạo" src="/uploads/banner/bo-gddt.jpg" width="200" /></a><br />
<a href="https://caobang.gov.vn" target="_blank" title="Cổng TTĐT tỉnh Cao Bằng"><img alt="Cổng thông tin điện tử tỉnh Cao Bằng" src="/uploads/banner/cong-ttdt-cao-bang.jpg" width="200" /></a><br />
<a href="https://csdl.moet.gov.vn" target="_blank" title="CSDL ngành"><img alt="Cơ sở dữ liệu ngành giáo dục" src="/uploads/banner/csdl-nganh.png" width="200" /></a>
<select class="form-control" onchange="if(this.value!=''){window.open(this.value,'_blank');}">
<option value="">-- Liên kết khác --</option>
<option value="https://thinangluc.moet.gov.vn">Thi năng lực - Bộ GD&amp;ĐT</option>
<option value="https://temis.moet.edu.vn">Hệ thống TEMIS</option>
<option value="https://baocaobang.vn">Báo Cao Bằng</option>
</select>
</div>
</div>"""


def _left() -> str:
    return _LEFT_STATIC.replace("@LAWS@", _laws_block())


def _calendar_block() -> str:
    rows = "".join(
        f"<tr><td class=\"text-center\"><strong>{day}</strong><br />{date}</td><td>{esc(what)}</td></tr>\n"
        for day, date, what in CALENDAR[:4]
    )
    return f"""<div class="panel panel-primary lichct">
<div class="panel-heading"><em class="fa fa-calendar-check-o">&nbsp;</em>Lịch công tác</div>
<div class="panel-body">
<p class="text-center"><strong>Tuần 49 (30/11 - 06/12/2026)</strong></p>
<table class="table table-bordered table-condensed"><tbody>
{rows}</tbody></table>
<p class="text-right"><a href="/vi/page/Lich-cong-tac-tuan-49-2026.html">Xem chi tiết &raquo;</a></p>
</div>
</div>"""


def _right() -> str:
    hot = [STORY_BY_ID[1278], STORY_BY_ID[1285], STORY_BY_ID[1283]]
    hot_rows = []
    for s in hot:
        href = nonrewrite_path(s).replace("&", "&amp;") if s.opts.get("nonrewrite") else art_path(s)
        hot_rows.append(
            f'<li class="clearfix"><a href="{href}" title="{esc(s.title)}"><img src="{_thumb(s)}" '
            f'alt="{esc(s.title)}" width="70" class="pull-left" style="margin-right:6px" />'
            f"{esc(s.title)}</a></li>\n"
        )
    most = [STORY_BY_ID[1279], STORY_BY_ID[1281], STORY_BY_ID[1286]]
    most_rows = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{art_path(s)}" title="{esc(s.title)}">'
        f'{esc(s.title)}</a> <span class="text-muted">({_views(s) * 3:,} lượt xem)</span></li>\n'.replace(
            f"{_views(s) * 3:,}", f"{_views(s) * 3:,}".replace(",", ".")
        )
        for s in most
    )
    return f"""{_calendar_block()}
<div class="panel panel-primary">
<div class="panel-heading">Tin nổi bật</div>
<div class="panel-body">
<div class="tinnoibat-sgd"><ul class="list-none">
{"".join(hot_rows)}</ul></div>
</div>
</div>
<div class="panel panel-primary">
<div class="panel-heading">Tin xem nhiều</div>
<div class="panel-body">
<ul class="list-none xemnhieu">
{most_rows}</ul>
</div>
</div>
<div class="panel panel-primary">
<div class="panel-heading">Thăm dò ý kiến</div>
<div class="panel-body">
<form class="form-inline" name="voting_form_2">
<p><strong>Bạn đánh giá thế nào về Cổng thông tin điện tử của Sở?</strong></p>
<fieldset>
<div class="radio"><label><input type="radio" name="option" value="5" /> Thông tin đầy đủ, kịp thời</label></div>
<div class="radio"><label><input type="radio" name="option" value="6" /> Giao diện dễ sử dụng</label></div>
<div class="radio"><label><input type="radio" name="option" value="7" /> Cần cập nhật thường xuyên hơn</label></div>
<div class="clearfix">
<input class="btn btn-success btn-sm" type="button" value="Biểu quyết" onclick="nv_sendvoting(this.form, '2', '1', 'a4f0c21bd9e6f73a8b1c', '', '0');" />
<input class="btn btn-primary btn-sm" value="Kết quả" type="button" onclick="nv_sendvoting(this.form, '2', 0, 'a4f0c21bd9e6f73a8b1c', '', '0');" />
</div>
</fieldset>
</form>
</div>
</div>
<div class="panel panel-primary">
<div class="panel-heading">Thống kê truy cập</div>
<div class="panel-body">
<ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>37</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">1.832</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>9.417</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>3.518.466</span></li>
</ul>
</div>
</div>"""


_FOOTER = """<footer id="footer">
<div class="wraper">
<div class="container">
<div class="row">
<div class="col-xs-24 col-sm-24 col-md-14">
<div class="panel-body">
<h3 class="footer-title">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CAO BẰNG</h3>
<ul class="company_info" itemscope itemtype="http://schema.org/LocalBusiness">
<li class="company_name"><span itemprop="name">Cơ quan chủ quản: Ủy ban nhân dân tỉnh Cao Bằng</span></li>
<li><em class="fa fa-map-marker"></em><span>Địa chỉ: <span itemprop="address">Số 15, đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng</span></span></li>
<li><em class="fa fa-phone"></em><span>Điện thoại: <a href="tel:02063852140"><span itemprop="telephone">0206.3852.140</span></a> - Fax: 0206.3852.141</span></li>
<li><em class="fa fa-envelope"></em><span>Email: <a href="mailto:vanphong.sgddt@caobang.gov.vn"><span itemprop="email">vanphong.sgddt@caobang.gov.vn</span></a></span></li>
</ul>
</div>
</div>
<div class="col-xs-24 col-sm-24 col-md-10">
<div class="panel-body">
<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
<p>Giấy phép số 03/GP-TTĐT do Sở Thông tin và Truyền thông cấp.</p>
<p>Ghi rõ nguồn "Sở GD&amp;ĐT Cao Bằng" khi phát hành lại thông tin từ website này.</p>
<p><a href="/vi/news/rss/" title="RSS"><em class="fa fa-rss"></em> RSS</a></p>
</div>
</div>
</div>
</div>
<div class="copyright text-center">© Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Cao Bằng. Phát triển trên nền tảng <a href="https://nukeviet.vn" target="_blank">NukeViet CMS</a>.</div>
</div>
</footer>
<div class="bttop"><a class="pointer"><i class="fa fa-eject fa-lg"></i></a></div>"""

_SCRIPTS = f"""<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="/assets/js/jquery/jquery.min.js?{_CSS_VER}"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="@FUNC@",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Xb8zQ",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script>
<script src="/assets/js/language/vi.js?{_CSS_VER}"></script>
<script src="/assets/js/global.js?{_CSS_VER}"></script>
<script src="/themes/sgddt_cb/js/news.js?{_CSS_VER}"></script>
<script src="/themes/sgddt_cb/js/main.js?{_CSS_VER}"></script>"""


def layout(
    request: Request,
    *,
    title_tag: str,
    main: str,
    crumbs: list[tuple[str, str]],
    canonical: str,
    description: str = "",
    og_type: str = "website",
    og_image: str | None = None,
    func: str = "main",
    extra_head: str = "",
) -> str:
    base = base_url(request)
    desc = esc(description or "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Cao Bằng")
    image = f'<meta property="og:image" content="{base}{og_image}">\n' if og_image else ""
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{title_tag}</title>
<meta name="description" content="{desc}">
<meta name="keywords" content="sở giáo dục, đào tạo, cao bằng, giáo dục cao bằng">
<meta name="author" content="{SITE_NAME}">
<meta name="copyright" content="{SITE_NAME} [vanphong.sgddt@caobang.gov.vn]">
<meta name="generator" content="NukeViet v4.3">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="{title_tag}">
<meta property="og:type" content="{og_type}">
<meta property="og:description" content="{desc}">
<meta property="og:site_name" content="{SITE_NAME}">
{image}<meta property="og:url" content="{base}{esc(canonical)}">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="canonical" href="{base}{esc(canonical)}">
<link rel="alternate" href="/vi/news/rss/" title="Tin Tức" type="application/rss+xml">
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?{_CSS_VER}">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?{_CSS_VER}">
<link rel="StyleSheet" href="/themes/sgddt_cb/css/bootstrap.min.css?{_CSS_VER}">
<link rel="StyleSheet" href="/themes/sgddt_cb/css/style.css?{_CSS_VER}">
<link rel="StyleSheet" href="/themes/sgddt_cb/css/news.css?{_CSS_VER}">
{extra_head}{_STYLE}
</head>
<body>
<noscript>
<div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div>
</noscript>
<div class="body-bg">
<div class="wraper">
<div id="topbar" class="sgd-topbar"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-8"><span class="ngayhientai"><em class="fa fa-calendar">&nbsp;</em>{TODAY_LINE}</span></div>
<div class="col-xs-24 col-sm-16"><marquee scrollamount="3">Chào mừng quý vị đến với Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Cao Bằng!</marquee></div>
</div></div></div>
<header>
<div class="container">
<div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-24">
<a title="{SITE_NAME}" href="/vi/"><img src="/uploads/logo-sgddt-cb.png" width="90" height="90" alt="{SITE_NAME}" /></a>
<div class="sgd-banner-txt">
<span class="site_name_top">ỦY BAN NHÂN DÂN TỈNH CAO BẰNG</span>
<h1>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CAO BẰNG</h1>
<span class="site_description">Cổng thông tin điện tử</span>
</div>
</div>
</div>
</div>
</header>
{_menu()}
<section>
<div class="container" id="body">
{_breadcrumbs(crumbs)}
<div class="row">
<div class="col-sm-6 col-md-5 cot-trai">
{_left()}
</div>
<div class="col-sm-12 col-md-13 cot-giua">
{main}
</div>
<div class="col-sm-6 col-md-6 cot-phai">
{_right()}
</div>
</div>
</div>
</section>
</div>
{_FOOTER}
</div>
{_SCRIPTS.replace("@FUNC@", func)}
</body>
</html>"""


# --- the module's own pages ---------------------------------------------------------------------

LAWS: dict[str, dict[str, str]] = {
    "Ke-hoach-so-2456-KH-SGDDT": {
        "so": "2456/KH-SGDĐT",
        "trich_yeu": "Kế hoạch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "ngay": "01/12/2026",
        "hieu_luc": "01/12/2026",
        "loai": "Kế hoạch",
        "linh_vuc": "Giáo dục Trung học",
        "nguoi_ky": "Lý Văn Thạch",
        "file": "/uploads/laws/2456-kh-sgddt.pdf",
    },
    "Cong-van-so-2390-SGDDT-GDTrH": {
        "so": "2390/SGDĐT-GDTrH",
        "trich_yeu": "V/v hướng dẫn tổ chức ngày hội STEM cấp trường năm học 2026 - 2027",
        "ngay": "24/11/2026",
        "hieu_luc": "24/11/2026",
        "loai": "Công văn",
        "linh_vuc": "Giáo dục Trung học",
        "nguoi_ky": "Lý Văn Thạch",
        "file": "/uploads/laws/2390-sgddt-gdtrh.pdf",
    },
}

CALENDAR = [
    ("Thứ Hai", "30/11", "Giám đốc Sở họp giao ban Ban Giám đốc; làm việc với Phòng Kế hoạch - Tài chính."),
    ("Thứ Ba", "01/12", "Phó Giám đốc Lý Văn Thạch kiểm tra công tác bán trú tại xã Bảo Lâm."),
    ("Thứ Tư", "02/12", "Giám đốc Sở dự phiên họp thường kỳ UBND tỉnh tháng 12."),
    ("Thứ Năm", "03/12", "14h00: Hội nghị giao ban trực tuyến công tác tháng 11 năm 2026."),
    ("Thứ Sáu", "04/12", "Lãnh đạo Sở tiếp công dân định kỳ tại Trụ sở tiếp công dân tỉnh."),
    ("Thứ Bảy", "05/12", "Trực cơ quan theo lịch của Văn phòng Sở."),
]


def _p(style: str, body: str) -> str:
    if style == "div":
        return f'<div style="text-align: justify;">{body}</div>\n'
    if style == "span":
        return (
            '<p style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:'
            f'Times New Roman,Times,serif;">{body}</span></span></p>\n'
        )
    if style == "quote":
        return f"<blockquote>\n<p><em>{body}</em></p>\n</blockquote>\n"
    if style == "li":
        return f"<li>{body}</li>\n"
    if style == "h4":
        return f"<h4><strong>{body}</strong></h4>\n"
    return f'<p style="text-align: justify;">{body}</p>\n'


def _img(img: Img, n: int) -> str:
    if img.style == "fig":
        return (
            '<div style="text-align:center">\n<figure class="image" style="display:inline-block">'
            f'<img alt="{esc(img.caption or "")}" height="400" src="{esc(img.src)}" width="600" />\n'
            f"<figcaption>{esc(img.printed or '')}</figcaption>\n</figure>\n</div>\n"
        )
    if img.style == "em":
        return (
            f'<p style="text-align: center;"><img alt="" src="{esc(img.src)}" '
            'style="width: 600px; height: 400px;" /></p>\n'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>\n'
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width:600px">\n'
            f'<tbody>\n<tr><td><img alt="anh{n}" src="{esc(img.src)}" style="width:600px;height:400px" />'
            '</td></tr>\n<tr><td style="text-align: center;"><span style="font-size:12px;"><em>'
            f"{esc(img.printed or '')}</em></span></td></tr>\n</tbody>\n</table>\n"
        )
    return (
        f'<p style="text-align: center;"><img alt="IMG_{4810 + n}" src="{esc(img.src)}" '
        'style="width: 600px; height: 400px;" /></p>\n'
    )


def render_bodyhtml(story: Story) -> str:
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "home")]
    out: list[str] = []
    i = 0
    n_img = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("br", "tr"):
            group = [block]
            while i + len(group) < len(blocks):
                nxt = blocks[i + len(group)]
                if not (isinstance(nxt, P) and nxt.style == block.style):
                    break
                group.append(nxt)
            if block.style == "br":
                joined = "<br />\n".join(esc(p.text) for p in group)
                out.append(f'<p style="text-align: justify;">{joined}</p>\n')
            else:
                rows = []
                for k, p in enumerate(group):
                    cells = p.text.split(" | ")
                    if k == 0:
                        rows.append("<tr>" + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="3" cellspacing="0" style="width:100%">\n<tbody>\n'
                    + "\n".join(rows)
                    + "\n</tbody>\n</table>\n"
                )
            i += len(group)
            continue
        if isinstance(block, P):
            body = text(block.text, nfd=True) if block.style == "nfd" else esc(block.text)
            out.append(_p(block.style, body))
        elif isinstance(block, Img):
            n_img += 1
            out.append(_img(block, n_img))
        elif block.html == "@SAPO_AGAIN@":
            out.append(f'<p style="text-align: justify;"><strong>{esc(story.summary or "")}</strong></p>\n')
        else:
            out.append(block.html)
        i += 1
    return "".join(out)


def _home_figure(story: Story) -> str:
    for img in story.images:
        if img.style == "home":
            return (
                '<figure class="article center">\n'
                f'<img alt="{esc(img.printed or story.title)}" src="{esc(img.src)}" width="500" '
                'class="img-thumbnail" />\n'
                f"<figcaption>{esc(img.printed or story.title)}</figcaption>\n</figure>\n"
            )
    return ""


def _files_panel(story: Story, page: str) -> str:
    files = story.opts.get("files")
    if not files:
        return ""
    rows = "".join(
        f"""<div class="list-group-item">
<span class="badge"><a role="button" data-toggle="collapse" href="#file-{story.id}-{k}" aria-expanded="false">Xem trực tuyến</a></span>
<a href="{page}?download=1&amp;id={k}" title="{esc(name)}"><em class="fa fa-download">&nbsp;</em>{esc(name)}</a>
<div class="clearfix"></div>
<div class="collapse" id="file-{story.id}-{k}"><div class="well"><iframe frameborder="0" height="600" scrolling="yes" width="100%" data-src="https://docs.google.com/viewer?embedded=true&amp;url={PROD_HOST}{page}%3Fdownload%3D1%26id%3D{k}"></iframe></div></div>
</div>
"""
        for k, name in enumerate(files)
    )
    return f"""<div class="news_column panel panel-default">
<div class="panel-heading"><em class="fa fa-download">&nbsp;</em><strong>Tập tin đính kèm</strong></div>
<div class="panel-body">
<div class="list-group news-download-file">
{rows}</div>
</div>
</div>
"""


def _neighbour_list(label: str, rows: list[Story | External], cat: str) -> str:
    if not rows:
        return ""
    items = []
    for row in rows:
        target = ' target="_blank"' if isinstance(row, External) else ""
        items.append(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{esc(_link(row, cat))}"{target} '
            f'title="{esc(row.title)}" data-content="{esc(_hometext(row))}" data-img="{_thumb(row)}" '
            f'data-rel="tooltip" data-placement="bottom">{esc(row.title)}</a> '
            f"<em>({_publ(row):%d/%m/%Y})</em></li>\n"
        )
    return f"""<p class="h3"><strong>{label}</strong></p>
<div class="clearfix">
<ul class="related list-items">
{"".join(items)}</ul>
</div>
"""


def detail_main(story: Story, cat: str, request: Request) -> str:
    page = art_path(story, cat)
    when = _publ(story)
    hometext = ""
    if story.summary:
        hometext = f'<div class="hometext m-bottom" itemprop="description">{esc(story.summary)}</div>\n'
    credits = []
    if story.opts.get("author_line"):
        credits.append(
            f'<p class="h5 text-right">\n<strong>Tác giả: </strong>{esc(story.opts["author_line"])}\n</p>\n'
        )
    if story.opts.get("source_link"):
        name, url = story.opts["source_link"]
        credits.append(
            f'<p class="h5 text-right">\n<strong>Nguồn tin: </strong><a title="{esc(name)}" '
            f'href="{url}" rel="nofollow" target="_blank">{esc(name)}</a>\n</p>\n'
        )
    credit_html = f'<div class="margin-bottom-lg">\n{"".join(credits)}</div>\n' if credits else ""
    tags = story.opts.get("tags", [])
    keywords = ""
    if tags:
        links = ", ".join(
            f'<a title="{esc(TAGS[t])}" href="/vi/news/tag/{t}/"><em>{esc(TAGS[t])}</em></a>' for t in tags
        )
        keywords = f"""<div class="news_column panel panel-default">
<div class="panel-body">
<div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div>
</div>
</div>
"""
    rows = [r for r in _entries(cat) if r is not story]
    newer = sorted((r for r in rows if _publ(r) > when), key=_publ)[:3]
    older = sorted((r for r in rows if _publ(r) < when), key=_publ, reverse=True)[:3]
    same_cat = [r for r in _entries(cat)[:4] if r is not story][:3]
    sendmail = f"/vi/news/sendmail/{cat}/{story.slug}-{story.id}.html"
    printer = print_path(story, cat)
    votes = 8 + story.id % 7
    score = votes * 4 + story.id % votes
    abs_url = base_url(request) + art_path(story)
    return f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(story.title)}</h1>
<div class="row margin-bottom-lg">
<div class="col-md-12">
<span class="h5">{_date_line(when)}</span>
<span class="text-muted"> &nbsp;<em class="fa fa-eye">&nbsp;</em>Lượt xem: {_views(story)}</span>
</div>
<div class="col-md-12">
<ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('{sendmail}','{story.id}',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('{printer}','{story.id}',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
</ul>
</div>
</div>
<div class="clearfix">
{hometext}{_home_figure(story)}</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_bodyhtml(story)}</div>
{_files_panel(story, page)}{credit_html}</div>
</div>
{keywords}<div class="news_column panel panel-default">
<div class="panel-body">
<form id="form3B" action="">
<div class="h5 clearfix">
<p id="stringrating">Tổng số điểm của bài viết là: {score} trong {votes} đánh giá</p>
<span itemscope itemtype="http://data-vocabulary.org/Review-aggregate">Xếp hạng: <span itemprop="rating" id="numberrating">{score / votes:.1f}</span> - <span itemprop="votes" id="click_rating">{votes}</span> phiếu bầu</span>
<div style="padding: 5px;">
<input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="2" title="Bài viết kém" /><input class="hover-star" type="radio" value="3" title="Bài viết đạt" /><input class="hover-star" type="radio" value="4" title="Bài viết tốt" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" />
<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span>
</div>
</div>
</form>
</div>
</div>
<div class="news_column panel panel-default">
<div class="panel-body" style="margin-bottom:0">
<div style="display:flex;align-items:flex-start;">
<div class="margin-right"><div class="fb-like" style="float:left!important;margin-right:0!important" data-href="{abs_url}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div></div>
<div class="margin-right"><a href="https://zalo.me/share" class="zalo-share-button" data-href="{abs_url}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false">Zalo</a></div>
</div>
</div>
</div>
<div class="news_column panel panel-default">
<div class="panel-body">
<p class="h4"><em class="fa fa-comments">&nbsp;</em>Ý kiến bạn đọc</p>
<div class="fb-comments" data-href="{abs_url}" data-numposts="5" data-colorscheme="light" data-width="100%"></div>
<div id="fb-root"></div>
<script>(function(d, s, id) {{var js, fjs = d.getElementsByTagName(s)[0];if (d.getElementById(id)) return;js = d.createElement(s);js.id = id;js.src = "//connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v3.2&appId=1416571408552946";fjs.parentNode.insertBefore(js, fjs);}}(document, 'script', 'facebook-jssdk'));</script>
</div>
</div>
<div class="news_column panel panel-default">
<div class="panel-body other-news">
{_neighbour_list("Những tin mới hơn", newer, cat)}{_neighbour_list("Những tin cũ hơn", older, cat)}</div>
</div>
<div class="news_column panel panel-default">
<div class="panel-heading"><strong>Tin cùng chuyên mục</strong></div>
<div class="panel-body">
{_neighbour_list("", same_cat, cat).replace('<p class="h3"><strong></strong></p>', "")}</div>
</div>"""


def _listing_item(item: Story | External, cat: str) -> str:
    link = esc(_link(item, cat))
    target = ' target="_blank"' if isinstance(item, External) else ""
    ext = ' <em class="fa fa-external-link">&nbsp;</em>' if isinstance(item, External) else ""
    return f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<a href="{link}" title="{esc(item.title)}"{target}><img alt="{esc(item.title)}" src="{_thumb(item)}" width="183" class="img-thumbnail pull-left imghome" /></a>
<h3><a href="{link}" title="{esc(item.title)}"{target}><span itemprop="headline">{esc(item.title)}</span></a>{ext}</h3>
<div class="text-muted">
<ul class="list-unstyled list-inline">
<li><em class="fa fa-clock-o">&nbsp;</em> {_publ(item):%d/%m/%Y %H:%M}</li>
<li><em class="fa fa-eye">&nbsp;</em> Đã xem: {_views(item)}</li>
<li><em class="fa fa-comment-o">&nbsp;</em> Phản hồi: 0</li>
</ul>
</div>
<p>{esc(_hometext(item))}</p>
</div>
</div>
"""


def _pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}/"

    items = []
    if page > 1:
        items.append(f'<li><a rel="prev" href="{href(page - 1)}" title="Trang trước">&laquo;</a></li>')
    else:
        items.append('<li class="disabled"><a href="#">&laquo;</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            items.append(f'<li><a href="{href(n)}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a rel="next" href="{href(page + 1)}" title="Trang sau">&raquo;</a></li>')
    else:
        items.append('<li class="disabled"><a href="#">&raquo;</a></li>')
    return '<div class="text-center">\n<ul class="pagination">' + "".join(items) + "</ul>\n</div>\n"


def _two_column_box(cat: str) -> str:
    rows = _entries(cat)[:3]
    title = CATS[cat][0]
    first, others = rows[0], rows[1:]
    link = esc(_link(first, cat))
    related = "".join(
        f'<li class="icon_list"><a class="show black h4" href="{esc(_link(r, cat))}" '
        f'data-content="{esc(_hometext(r))}" data-img="{_thumb(r)}" data-rel="tooltip" '
        f'data-placement="bottom" title="{esc(r.title)}">{esc(r.title)}</a></li>\n'
        for r in others
    )
    return f"""<div class="news_column two_column col-md-12">
<div class="panel panel-default clearfix">
<div class="panel-heading">
<h4><a title="{esc(title)}" href="/vi/news/{cat}/"><span>{esc(title)}</span></a></h4>
</div>
<div class="panel-body">
<a href="{link}" title="{esc(first.title)}"><img src="{_thumb(first)}" alt="{esc(first.title)}" width="100" class="img-thumbnail pull-left imghome" /></a>
<h3><a href="{link}" title="{esc(first.title)}">{esc(first.title)}</a><span class="icon_new">&nbsp;</span></h3>
<p>{esc(_hometext(first))}</p>
<ul class="related">
{related}</ul>
</div>
</div>
</div>
"""


def two_column(cats: list[str]) -> str:
    out = ['<div class="row">\n']
    for k, cat in enumerate(cats):
        out.append(_two_column_box(cat))
        if k % 2 == 1:
            out.append('<div class="clear"></div>\n')
    out.append("</div>\n")
    return "".join(out)


def print_page(story: Story, cat: str, request: Request) -> str:
    home = next((img for img in story.images if img.style == "home"), None)
    image = ""
    if home:
        image = (
            f'<div class="imghome"><img alt="{esc(home.printed or story.title)}" src="{esc(home.src)}" '
            f'width="460" /><p><em>{esc(home.printed or story.title)}</em></p></div>\n'
        )
    credits = []
    if story.opts.get("author_line"):
        credits.append(f'<strong>Tác giả:</strong> {esc(story.opts["author_line"])}')
    if story.opts.get("source_link"):
        credits.append(f'<strong>Nguồn tin:</strong> {esc(story.opts["source_link"][0])}')
    link = base_url(request) + art_path(story, cat)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="StyleSheet" href="/themes/sgddt_cb/css/news.print.css" type="text/css" />
</head>
<body>
<div id="print">
<div id="hd_print">
<h2 class="pull-left">{SITE_NAME}</h2>
<p class="pull-right"><a title="In ra" href="javascript:;" onclick="window.print()"><em class="fa fa-print"></em> In ra</a></p>
</div>
<div class="clear"></div>
<hr />
<div id="content">
<h1>{esc(story.title)}</h1>
<ul class="list-inline">
<li>{_date_line(_publ(story))}</li>
<li class="hit">Lượt xem: {_views(story)}</li>
</ul>
<div class="clear"></div>
<div id="hometext">
{image}{esc(story.summary or "")}
</div>
<div class="bodytext">
{render_bodyhtml(story)}</div>
<div class="copyright">{" - ".join(credits)}</div>
</div>
<div id="footer" class="clearfix">
<div id="url"><strong>URL của bản tin này: </strong><a href="{link}" title="{esc(story.title)}">{link}</a></div>
<div class="copyright">&copy; {SITE_NAME}</div>
<div id="contact"><a href="mailto:vanphong.sgddt@caobang.gov.vn">vanphong.sgddt@caobang.gov.vn</a></div>
</div>
</div>
</body>
</html>"""


# --- pages outside the news module --------------------------------------------------------------

ABOUT_PATH = "/vi/about/Gioi-thieu-chung.html"
CONTACT_PATH = "/vi/contact/"
CALENDAR_PATH = "/vi/page/Lich-cong-tac-tuan-49-2026.html"


def _about_main() -> str:
    return """<div class="page panel panel-default" itemtype="http://schema.org/Article" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="name">Giới thiệu chung</h1>
<div class="clearfix"></div>
<div id="page-bodyhtml" class="bodytext">
<p style="text-align: justify;">Sở Giáo dục và Đào tạo tỉnh Cao Bằng là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>
<p style="text-align: justify;"><strong>Nhiệm vụ, quyền hạn</strong></p>
<p style="text-align: justify;">- Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch phát triển giáo dục và đào tạo dài hạn, 05 năm và hằng năm;<br />
- Hướng dẫn, kiểm tra việc thực hiện chương trình giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên;<br />
- Quản lý chất lượng giáo dục, tổ chức các kỳ thi, cấp phát văn bằng, chứng chỉ theo quy định.</p>
<p style="text-align: justify;"><strong>Cơ cấu tổ chức</strong>: Ban Giám đốc Sở; Văn phòng; Thanh tra; Phòng Kế hoạch - Tài chính; Phòng Tổ chức cán bộ; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng Quản lý chất lượng và Giáo dục thường xuyên.</p>
</div>
</div>
</div>"""


def _contact_main() -> str:
    return """<div class="panel panel-default">
<div class="panel-body">
<h1 class="margin-bottom-lg">Liên hệ - Góp ý</h1>
<ul class="list-none">
<li><strong>Văn phòng Sở</strong>: 0206.3852.140 - vanphong.sgddt@caobang.gov.vn</li>
<li><strong>Phòng Giáo dục Trung học</strong>: 0206.3852.147</li>
<li><strong>Phòng Giáo dục Mầm non - Tiểu học</strong>: 0206.3852.149</li>
<li><strong>Phòng Tổ chức cán bộ</strong>: 0206.3852.143</li>
</ul>
<form id="fcontact" method="post" action="/vi/contact/" class="form-horizontal" novalidate>
<div class="form-group"><label class="col-sm-6 control-label">Bộ phận</label><div class="col-sm-18"><select class="form-control" name="fpart"><option value="1">Văn phòng Sở</option><option value="2">Phòng Giáo dục Trung học</option><option value="3">Phòng Tổ chức cán bộ</option></select></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Họ và tên</label><div class="col-sm-18"><input type="text" class="form-control" name="fname" maxlength="100" /></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Email</label><div class="col-sm-18"><input type="email" class="form-control" name="femail" maxlength="60" /></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Tiêu đề</label><div class="col-sm-18"><input type="text" class="form-control" name="ftitle" maxlength="255" /></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Nội dung</label><div class="col-sm-18"><textarea class="form-control" name="fcon" rows="6"></textarea></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Mã xác nhận</label><div class="col-sm-18"><img class="captchaImg" src="/index.php?scaptcha=captcha&amp;t=1733390112" width="150" height="40" alt="captcha" /> <input type="text" name="fcode" maxlength="6" class="form-control" /></div></div>
<input type="hidden" name="checkss" value="8f1c0d3b7a2e4f95" />
<div class="text-center"><input type="submit" class="btn btn-primary" value="Gửi thư" /></div>
</form>
</div>
</div>"""


def _calendar_main() -> str:
    rows = "".join(
        f"<tr><td><strong>{day}</strong><br />{date}/2026</td><td>{esc(what)}</td></tr>\n"
        for day, date, what in CALENDAR
    )
    return f"""<div class="page panel panel-default">
<div class="panel-body">
<h1 class="title margin-bottom-lg">Lịch công tác tuần 49 năm 2026 (từ ngày 30/11 đến ngày 06/12/2026)</h1>
<div id="page-bodyhtml" class="bodytext">
<table border="1" cellpadding="4" cellspacing="0" style="width:100%">
<tbody>
<tr><td style="width:20%"><strong>Thứ, ngày</strong></td><td><strong>Nội dung công việc</strong></td></tr>
{rows}</tbody>
</table>
<p><em>Lịch công tác có thể thay đổi, đề nghị các đơn vị theo dõi thông báo của Văn phòng Sở.</em></p>
</div>
</div>
</div>"""


def _laws_list_main() -> str:
    rows = "".join(
        f'<tr><td>{esc(law["so"])}</td><td>{law["ngay"]}</td><td><a href="/vi/laws/detail/{alias}.html" '
        f'title="{esc(law["trich_yeu"])}">{esc(law["trich_yeu"])}</a></td></tr>\n'
        for alias, law in LAWS.items()
    )
    return f"""<div class="panel panel-default">
<div class="panel-body">
<h1 class="margin-bottom-lg">Văn bản chỉ đạo, điều hành</h1>
<table class="table table-striped table-bordered table-hover">
<thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>
<tbody>
{rows}</tbody>
</table>
</div>
</div>"""


def _law_main(law: dict[str, str]) -> str:
    return f"""<div class="panel panel-default">
<div class="panel-body">
<h1 class="margin-bottom-lg">{esc(law["trich_yeu"])}</h1>
<table class="table table-striped table-bordered">
<tbody>
<tr><td style="width:30%">Số ký hiệu</td><td>{esc(law["so"])}</td></tr>
<tr><td>Ngày ban hành</td><td>{law["ngay"]}</td></tr>
<tr><td>Ngày hiệu lực</td><td>{law["hieu_luc"]}</td></tr>
<tr><td>Loại văn bản</td><td>{esc(law["loai"])}</td></tr>
<tr><td>Lĩnh vực</td><td>{esc(law["linh_vuc"])}</td></tr>
<tr><td>Cơ quan ban hành</td><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><td>Người ký</td><td>{esc(law["nguoi_ky"])}</td></tr>
<tr><td>Trích yếu</td><td>{esc(law["trich_yeu"])}</td></tr>
<tr><td>File đính kèm</td><td><a href="{law["file"]}"><em class="fa fa-file-pdf-o">&nbsp;</em>Tải về</a></td></tr>
</tbody>
</table>
</div>
</div>"""


def _sendmail_page(story: Story) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>Gửi bài viết qua email</title>
<meta name="robots" content="noindex, nofollow" /></head>
<body>
<div class="sendmail">
<p><strong>Gửi bài viết:</strong> {esc(story.title)}</p>
<form method="post" action="/vi/news/sendmail/{story.cat}/{story.slug}-{story.id}.html">
<p>Tên của bạn <input type="text" name="name" /></p>
<p>Email người nhận <input type="email" name="email" /></p>
<p>Lời nhắn <textarea name="content" rows="4"></textarea></p>
<input type="hidden" name="checkss" value="b27d0c4e91aa" />
<input type="submit" value="Gửi" />
</form>
</div>
</body></html>"""


def _rss(request: Request) -> str:
    base = base_url(request)
    items = []
    for row in sorted([*STORIES, *EXTERNALS], key=_publ, reverse=True):
        link = row.url if isinstance(row, External) else base + art_path(row)
        when = _publ(row)
        items.append(
            f"<item>\n<title>{esc(row.title)}</title>\n<link>{esc(link)}</link>\n"
            f'<guid isPermaLink="false">news_{row.id}</guid>\n'
            f"<description><![CDATA[{_hometext(row)}]]></description>\n"
            f"<pubDate>{when:%a, %d %b %Y %H:%M:%S} +0700</pubDate>\n</item>"
        )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Tin Tức - {SITE_NAME}</title>
<link>{base}/vi/news/</link>
<atom:link href="{base}/vi/news/rss/" rel="self" type="application/rss+xml" />
<description>Tin Tức</description>
<language>vi</language>
<pubDate>Sat, 05 Dec 2026 07:00:00 +0700</pubDate>
<generator>NukeViet v4.3</generator>
{chr(10).join(items)}
</channel>
</rss>"""


# --- the site -----------------------------------------------------------------------------------

_DETAIL = re.compile(r"^/vi/news/([^/]+)/([^/]+)-(\d+)\.html$")
_PRINT = re.compile(r"^/vi/news/(print|sendmail)/([^/]+)/([^/]+)-(\d+)\.html$")
_CAT = re.compile(r"^/vi/news/([^/]+)/(?:page-(\d+)/)?$")
_TAG = re.compile(r"^/vi/news/tag/([^/]+)/$")
_LAW = re.compile(r"^/vi/laws/detail/([^/]+)\.html$")
_OP_DETAIL = re.compile(r"^([^/]+)/([^/]+)-(\d+)$")

_SUFFIX = " - Sở GD&amp;ĐT Cao Bằng"


class Site:
    """NukeViet 4.3 behind Apache's rewrite rules, as far as a crawler can tell."""

    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path in ("/", "/vi", "/index.php") and not request.query:
            return redirect("/vi/", 301)
        if path == "/index.php":
            return self._index_php(request)
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            return self._static(path)
        if path in ("/vi/", "/vi/news/"):
            return self._home(request, path)
        if path == "/vi/news/rss/":
            return Response(200, _rss(request), {"Content-Type": "application/rss+xml; charset=utf-8"})
        if m := _PRINT.match(path):
            return self._print(request, m.group(1), m.group(2), m.group(3), int(m.group(4)))
        if m := _TAG.match(path):
            return self._tag(request, m.group(1))
        if m := _DETAIL.match(path):
            return self._detail(request, m.group(1), m.group(2), int(m.group(3)))
        if m := _CAT.match(path):
            return self._category(request, m.group(1), int(m.group(2) or 1), bool(m.group(2)))
        if re.match(r"^/vi/news/[^/.]+(/page-\d+)?$", path):
            return redirect(path + "/", 301)
        if path == ABOUT_PATH:
            return self._page(request, "Giới thiệu chung", _about_main(), [("Giới thiệu", ABOUT_PATH)], path)
        if path == CONTACT_PATH:
            return self._page(request, "Liên hệ", _contact_main(), [("Liên hệ", CONTACT_PATH)], path)
        if path == CALENDAR_PATH:
            crumbs = [("Lịch công tác", CALENDAR_PATH)]
            return self._page(request, "Lịch công tác tuần 49 năm 2026", _calendar_main(), crumbs, path)
        if path == "/vi/laws/":
            return self._page(request, "Văn bản", _laws_list_main(), [("Văn bản", "/vi/laws/")], path)
        if m := _LAW.match(path):
            law = LAWS.get(m.group(1))
            if law is None:
                return None
            crumbs = [("Văn bản", "/vi/laws/"), (law["so"], path)]
            return self._page(request, esc(law["trich_yeu"]), _law_main(law), crumbs, path)
        return None

    # -- pieces

    @staticmethod
    def _static(path: str) -> Response | None:
        lower = path.lower()
        if lower.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if lower.endswith(".doc"):
            return Response(200, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", {"Content-Type": "application/msword"})
        return static_file(path)

    @staticmethod
    def _page(request: Request, title: str, main: str, crumbs: list[tuple[str, str]], canonical: str) -> Response:
        page = layout(
            request, title_tag=f"{title}{_SUFFIX}", main=main, crumbs=crumbs, canonical=canonical, func="main"
        )
        return html(page)

    def _home(self, request: Request, path: str) -> Response:
        main = two_column(TOP_CATS)
        crumbs = [] if path == "/vi/" else [("Tin Tức", "/vi/news/")]
        page = layout(
            request,
            title_tag=f"Tin Tức{_SUFFIX}" if crumbs else SITE_NAME,
            main=main,
            crumbs=crumbs,
            canonical="/vi/",
        )
        return html(page)

    def _category(self, request: Request, cat: str, page: int, explicit: bool) -> Response | None:
        if cat not in CATS:
            return None
        base = f"/vi/news/{cat}/"
        title, parent = CATS[cat]
        crumbs = [("Tin Tức", "/vi/news/")]
        if parent:
            crumbs.append((CATS[parent][0], f"/vi/news/{parent}/"))
        crumbs.append((title, base))
        if _subcats(cat):
            if explicit:
                return redirect(base, 301)
            head = f'<div class="page-header"><h2 class="cat-title">{esc(title)}</h2></div>\n'
            main = head + two_column(_subcats(cat))
            return html(layout(request, title_tag=f"{esc(title)}{_SUFFIX}", main=main, crumbs=crumbs, canonical=base))
        rows = _entries(cat)
        pages = max(1, -(-len(rows) // PER_PAGE))
        if explicit and (page == 1 or page > pages):
            return redirect(base, 301)
        chunk = rows[(page - 1) * PER_PAGE : page * PER_PAGE]
        head = ""
        if page == 1:
            head = f'<div class="page-header"><h2 class="cat-title">{esc(title)}</h2></div>\n'
        main = (
            head
            + '<div class="viewcat_page_new">\n'
            + "".join(_listing_item(r, cat) for r in chunk)
            + "</div>\n"
            + _pager(base, page, pages)
        )
        canonical = base if page == 1 else f"{base}page-{page}/"
        suffix = "" if page == 1 else f" - Trang {page}"
        extra = ""
        if page < pages:
            extra = f'<link rel="next" href="{base_url(request)}{base}page-{page + 1}/">\n'
        return html(
            layout(
                request,
                title_tag=f"{esc(title)}{suffix}{_SUFFIX}",
                main=main,
                crumbs=crumbs,
                canonical=canonical,
                extra_head=extra,
            )
        )

    def _tag(self, request: Request, tag: str) -> Response | None:
        if tag not in TAGS:
            return None
        rows = sorted((s for s in STORIES if tag in s.opts.get("tags", [])), key=_publ, reverse=True)
        head = f'<div class="page-header"><h1>{esc(TAGS[tag])}</h1></div>\n'
        main = head + "".join(_listing_item(r, r.cat) for r in rows)
        crumbs = [("Tin Tức", "/vi/news/"), ("Tags", f"/vi/news/tag/{tag}/")]
        path = f"/vi/news/tag/{tag}/"
        return html(layout(request, title_tag=f"{esc(TAGS[tag])}{_SUFFIX}", main=main, crumbs=crumbs, canonical=path))

    @staticmethod
    def _find(cat: str, story_id: int) -> Story | None:
        story = STORY_BY_ID.get(story_id)
        if story is None or cat not in _cats_of(story):
            return None
        return story

    def _detail(self, request: Request, cat: str, slug: str, story_id: int) -> Response | None:
        story = self._find(cat, story_id)
        if story is None:
            return None
        if slug != story.slug:
            return redirect(art_path(story, cat), 301)
        if request.params.get("download") is not None:
            files = story.opts.get("files", [])
            k = request.params.get("id", "0")
            if not k.isdigit() or int(k) >= len(files):
                return None
            disposition = f'attachment; filename="{files[int(k)]}"'
            return Response(200, PDF, {"Content-Type": "application/pdf", "Content-Disposition": disposition})
        return self._render_detail(request, story, cat)

    def _render_detail(self, request: Request, story: Story, cat: str) -> Response:
        title, parent = CATS[cat]
        crumbs = [("Tin Tức", "/vi/news/")]
        if parent:
            crumbs.append((CATS[parent][0], f"/vi/news/{parent}/"))
        crumbs.append((title, f"/vi/news/{cat}/"))
        og_image = next((img.src for img in story.images if img.src.startswith("/")), None)
        extra = (
            f'<meta property="article:published_time" content="{_publ(story):%Y-%m-%dT%H:%M:%S}+07:00">\n'
            f'<meta property="article:section" content="{esc(CATS[story.cat][0])}">\n'
        )
        page = layout(
            request,
            title_tag=f"{esc(esc(story.title))} - {esc(title)}{_SUFFIX}",
            main=detail_main(story, cat, request),
            crumbs=crumbs,
            canonical=art_path(story),
            description=story.summary or story.title,
            og_type="article",
            og_image=og_image,
            func="detail",
            extra_head=extra,
        )
        return html(page)

    def _print(self, request: Request, kind: str, cat: str, slug: str, story_id: int) -> Response | None:
        story = self._find(cat, story_id)
        if story is None or slug != story.slug:
            return None
        if kind == "sendmail":
            return html(_sendmail_page(story))
        return html(print_page(story, cat, request))

    def _index_php(self, request: Request) -> Response | None:
        params = request.params
        if params.get("language", "vi") != "vi" or params.get("nv") != "news":
            return None
        op = params.get("op", "")
        if not op:
            return self._home(request, "/vi/news/")
        m = _OP_DETAIL.match(op)
        if not m:
            return None
        story = self._find(m.group(1), int(m.group(3)))
        if story is None or m.group(2) != story.slug:
            return None
        return self._render_detail(request, story, m.group(1))


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts: list[str] = []
    for cat in _cats_of(story):
        if cat != story.cat:
            alts.append(art_path(story, cat))
    alts += [print_path(story, cat) for cat in _cats_of(story)]
    if story.opts.get("nonrewrite"):
        alts.append(nonrewrite_path(story))
    if story.opts.get("old_slug"):
        alts.append(art_path(story, slug=story.opts["old_slug"]))
    return gold_record(story, art_path(story), CATS[story.cat][0], canonical_path=art_path(story), alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    ABOUT_PATH,
    CONTACT_PATH,
    CALENDAR_PATH,
    "/vi/laws/detail/Ke-hoach-so-2456-KH-SGDDT.html",
    "/vi/laws/detail/Cong-van-so-2390-SGDDT-GDTrH.html",
]
