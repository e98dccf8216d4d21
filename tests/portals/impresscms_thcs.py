"""ImpressCMS 1.4 school portal with the News module: Trường THCS Nguyễn Du (Tiên Điền, Hà Tĩnh).

Platform
--------
ImpressCMS 1.4.x (a XOOPS 2.0 descendant), start module "news" (Hervé Thouzard's News 1.6x
ported to ImpressCMS), plus the usual XOOPS-family modules a school's IT teacher installed years
ago: ``content`` (static pages), ``contact``, ``wfdownloads`` (văn bản), ``extgallery`` (albums),
``xoopstube`` (video), ``xoopspoll``. The theme "nguyendu2014" is the teacher's own: a table
layout, a ``ddsmoothmenu`` drop-down menu, blocks titled ``tieude_khoi`` / ``nd_khoi``; the News
templates keep the module's ``item`` / ``itemHead`` / ``itemBody`` markup (with the notorious
``<p class="itemText">`` wrapped around the editor's own ``<p>``s). The header prints the
language pack's clock ("Thứ Bảy, 05/12/2026"); the footer still says "huyện Nghi Xuân" years
after the districts were abolished, while the 2026 letterheads say "UBND XÃ TIÊN ĐIỀN".

URL scheme
----------
- ``/``                                       302 -> ``/modules/news/`` (ImpressCMS start module)
- ``/modules/news/`` and ``/modules/news/index.php``        news index, all topics, page 1
- ``/modules/news/index.php?storytopic=0&start=N``          news index, offset paging (5 a page)
- ``/modules/news/index.php?storytopic=T`` (``&start=N``)   one topic (parent 2 lists subtopics)
- ``/modules/news/article.php?storyid=N``                   article; ``&page=1`` its 2nd page
- ``/modules/news/article.php?storyid=N&com_id=C&com_rootid=C&com_mode=thread&com_order=0``
  comment permalink (same article); ``article.php?com_mode=…&com_order=…&storyid=N`` the
  comment bar's GET form (same article); ``&PHPSESSID=…`` hand-pasted links (same article)
- ``/modules/news/print.php?storyid=N``                     printer-friendly copy (same article)
- ``/modules/content/content.php?page=slug``                static pages (intro, organisation)
- ``/modules/contact/``                                      contact form
- ``/modules/wfdownloads/viewcat.php?cid=2``, ``singlefile.php?cid=2&lid=N``, ``visit.php``
- ``/modules/extgallery/``, ``public-album.php?id=6``        albums
- ``/modules/xoopstube/singlevideo.php?lid=4``               a clip page
- ``/search.php`` (GET form), ``/uploads/…`` images and PDFs, ``/themes/…``, ``/modules/*/images``

Page templates
--------------
theme (header clock, marquee, menu with drop-downs, left blocks: topics, login, links select,
counter; right blocks: "Thông báo" marquee, "Tin mới", "Tin đọc nhiều", poll, video, and on
article pages "Bài ngẫu nhiên"), news index / topic listing (``item`` blocks with the whole
hometext, "Đọc tiếp... | N ký tự nữa | k bình luận"), article (item + page nav + print/mail tools
+ "Các tin khác" + comment bar + comments), print.php (bare), content page, download entry,
album, clip page, contact, search.

How each gold article is reached
--------------------------------
News index pages ``storytopic=0&start=0/5/10`` list all 13 (5 a page, newest first); topic
listings (menu drop-downs and the "Chủ đề tin" block) list them by topic. "Tin mới" names the 5
newest, "Tin đọc nhiều" five by hits; 131 (Hội khỏe Phù Đổng) is linked only from page 3 of the
index and page 2 of "Tin tức - Sự kiện"; 133, 135, 137, 142, 146 only from page 2 of the index
or their topic's listing (the parent topic "Hoạt động chuyên môn" lists no story of its own, only
its two subtopics). 151 and 139 are also in the "Thông báo" marquee (with the session id).

Traps
-----
1. Start module redirect: ``/`` answers 302 to ``/modules/news/``; the index exists under three
   URLs (``/modules/news/``, ``index.php``, ``index.php?storytopic=0&start=0``). Gold: listings,
   no article among them.
2. Listings print the whole hometext: short stories (139) read in full on the index with no
   "Đọc tiếp", and notices show their letterhead there. Gold: only ``article.php?storyid=N`` is
   the article; the listings are not.
3. Duplicates of every article: ``print.php?storyid=N`` (bare copy with its own date line
   "Ngày 3/12/2026" and a closing "Bài viết này được gửi từ …" footer), comment permalinks with
   ``com_id/com_rootid/com_mode/com_order``, the comment bar's GET form, the second page of a
   paginated story, and hand-pasted links in the "Thông báo" marquee carrying a ``PHPSESSID``
   the IT teacher copied from his address bar. Gold: all in ``alt_paths``; the path is
   ``article.php?storyid=N``.
4. Pictures in the text that are not photos: the topic's icon (``{$story.imglink}``,
   ``/modules/news/images/topics/*.gif``, floated right inside ``itemBody``) and the module's
   "advertisement" banner the News module glues between hometext and bodytext. Gold: neither is
   in ``images``.
5. Dates: ImpressCMS' untranslated ``_DATESTRING`` "Y/n/j G:i:s" ("2026/12/3 16:42:00",
   unpadded); one story stored at "2026/11/20 0:00:00" (midnight -> day alone); comments carry
   later "Gửi lúc:" dates; the header clock is today; a notice's posting time differs from its
   letterhead day. Gold: ``2026-12-03T16:42:00+07:00``; ``2026-11-20``; the notice
   ``2026-12-01``.
6. Bylines: the poster line "Gửi bởi quantri" / "admin_nd" is a CMS account (nobody); the real
   signature is a right-aligned line at the end of the text in several shapes ("Tin, ảnh: X",
   "Tin: X - Ảnh: Y (lớp 9A)", "ThS. X - Tổ trưởng tổ KHXH", "X (GV Thể dục)", a unit "Tổ
   KHTN" / "Tổ Văn phòng", "Theo Báo Hà Tĩnh", "Nguồn: …"). Gold per story below.
7. A story split with ``[pagebreak]`` (149): page 2 is ``&page=1`` behind the platform's
   "Trang: 1 2" nav; page 1 carries hometext + banner + part 1, page 2 only part 2. Gold: the
   body and images are both pages in order, path ``storyid=149``, ``&page=1`` in alt_paths.
8. Chrome that reads like content: "Bài ngẫu nhiên" on article pages prints another story's
   whole lead paragraph; "Các tin khác" lists titles with dates; comments print "Re: <title>"
   with their own text. Gold: none of it is body.
9. Text encodings from the old XOOPS 2.0 site: 144 stored with FCKeditor entities (``&agrave;``,
   ``&#7897;`` mixed with raw UTF-8), 142 typed in decomposed Unicode (Unikey "Unicode tổ hợp").
   Gold: NFC text.
10. Editor debris: Word lists with ``mso-list:Ignore`` bullets (150), ``<br />`` splits inside one
    ``<p>`` (146), a table of exam sessions (151), footnote calls "[1]" with their notes (146),
    "Xem thêm:" and "File đính kèm:" lines (142, 139, 151), captions in parentheses or only a
    credit ("Ảnh: Trần Minh Đức").
11. No ``<h1>`` for the headline: the theme's only ``<h1>`` is the school's name in the header;
    the headline is a ``<span class="itemTitle">`` (on listings prefixed "Thông báo: "), and
    ``<title>`` reads "Trường THCS Nguyễn Du - <headline> - <topic> - Tin tức". Gold title: the
    span's text.
12. The listings' "Chọn chủ đề" GET form and the pager's page-1 link give more URLs of the same
    listings (``index.php?storytopic=0``, ``…&start=0``); the parent topic's page holds no story.
    Gold: listings only, bounded (no calendar, no archive).

Gold decisions on ambiguous points
----------------------------------
- Category: the topic the story is filed under as its breadcrumb's last crumb prints it; for the
  subtopics of "Hoạt động chuyên môn" that is the subtopic ("Tổ Khoa học Tự nhiên").
- The paginated story (149): one article, body of both pages; its photographs of both pages.
- The notice (151): letterhead, "THÔNG BÁO" and "V/v" lines, "Nơi nhận" and the signature block
  are not body; date = the letterhead's day; author = the signer's name; the exam table's rows
  are paragraphs with cells joined by " | " (its header row too).
- Title: the ``itemTitle`` headline (the ``<title>`` adds site and topic names).
- "Theo Báo Hà Tĩnh" closing line -> source "Báo Hà Tĩnh", no author; "Nguồn: Công đoàn trường"
  -> source "Công đoàn trường".
- 131's second photo has no line under it -> caption None; "Ảnh: Trần Minh Đức" -> caption None,
  photographer Trần Minh Đức.
- Summary: only where the hometext is a bold lead paragraph (152, 135); elsewhere null.
"""

from __future__ import annotations

import re
import unicodedata

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "impresscms_thcs"
PLATFORM = "ImpressCMS 1.4 (News module)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Trường THCS Nguyễn Du"
SID = "PHPSESSID=3d9f0c6b1e2a48a7c51f0e9b6d2a7c14"
PER_PAGE = 5

# topic id -> (title, parent id, icon)
TOPICS: dict[int, tuple[str, int | None, str]] = {
    1: ("Tin tức - Sự kiện", None, "tintuc.gif"),
    2: ("Hoạt động chuyên môn", None, "chuyenmon.gif"),
    5: ("Tổ Khoa học Tự nhiên", 2, "khtn.gif"),
    6: ("Tổ Khoa học Xã hội", 2, "khxh.gif"),
    3: ("Thông báo", None, "thongbao.gif"),
    4: ("Đoàn - Đội", None, "doandoi.gif"),
}
TOPIC_ORDER = [1, 2, 3, 4]

# --------------------------------------------------------------------------------------------
# stories
# --------------------------------------------------------------------------------------------


def _right(line: str, bold: bool = True) -> Raw:
    inner = f"<strong>{esc(line)}</strong>" if bold else esc(line)
    return Raw(f'<p style="text-align: right;">{inner}</p>')


LETTERHEAD_151 = Raw(
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="width: 40%; text-align: center;"><span style="font-size:12px;">UBND XÃ TIÊN ĐIỀN</span>'
    "<br /><strong>TRƯỜNG THCS NGUYỄN DU</strong><br />______________<br />"
    "Số: 87/TB-THCSND</td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong>Độc lập - Tự do - Hạnh phúc</strong><br />_________________________<br />"
    "<em>Tiên Điền, ngày 01 tháng 12 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Lịch kiểm tra cuối học kỳ I năm học 2026-2027</strong></p>"
)
CLOSING_151 = Raw(
    '<table border="0" style="width: 100%;"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><em><strong>Nơi nhận:</strong></em><br />'
    "- CB, GV, NV (để t/h);<br />- GVCN các lớp (để t/b cho HS);<br />- Website trường;<br />"
    "- Lưu: VT.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br /><br />'
    "<em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Thắng</strong></td></tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        152,
        "hoi-nghi-so-ket-giua-hk1",
        "Hội nghị sơ kết giữa học kỳ I năm học 2026 - 2027",
        "1",
        "2026-12-03T16:42:00+07:00",
        [
            P(
                "Chiều ngày 03/12/2026, Trường THCS Nguyễn Du tổ chức Hội nghị sơ kết giữa học kỳ I "
                "năm học 2026 - 2027 nhằm đánh giá kết quả thực hiện nhiệm vụ trong 3 tháng đầu năm học "
                "và đề ra giải pháp cho những tháng cuối học kỳ.",
                "b",
            ),
            P(
                "Tham dự hội nghị có đồng chí Nguyễn Văn Thắng, Bí thư Chi bộ, Hiệu trưởng nhà trường; "
                "đồng chí Trần Thị Lệ, Phó Hiệu trưởng cùng toàn thể cán bộ, giáo viên, nhân viên "
                "trong trường."
            ),
            P(
                "Báo cáo sơ kết cho thấy, trong những tháng đầu năm học, nhà trường đã duy trì sĩ số "
                "học sinh đạt 100%, tổ chức thành công Hội thi giáo viên dạy giỏi cấp trường, các chuyên "
                "đề sinh hoạt chuyên môn theo nghiên cứu bài học và các hoạt động chào mừng Ngày Nhà giáo "
                "Việt Nam 20/11."
            ),
            Img(
                "/uploads/img6570f3a9c21e4.jpg",
                "Thầy giáo Nguyễn Văn Thắng, Hiệu trưởng nhà trường phát biểu tại hội nghị",
                "Thầy giáo Nguyễn Văn Thắng, Hiệu trưởng nhà trường phát biểu tại hội nghị",
                "table",
            ),
            P(
                "Bên cạnh những kết quả đạt được, hội nghị cũng thẳng thắn chỉ ra một số hạn chế: chất "
                "lượng mũi nhọn ở một số môn còn thấp, việc ứng dụng công nghệ thông tin trong kiểm tra, "
                "đánh giá chưa đồng đều giữa các tổ."
            ),
            P(
                "Phát biểu kết luận, thầy Hiệu trưởng đề nghị các tổ chuyên môn tập trung ôn tập, tổ chức "
                "kiểm tra cuối học kỳ I nghiêm túc, đúng quy chế; đồng thời đẩy mạnh công tác bồi dưỡng "
                "học sinh giỏi lớp 9 chuẩn bị cho kỳ thi cấp tỉnh."
            ),
            Img(
                "/uploads/img6570f3b7d0a5c.jpg",
                "(Các tổ chuyên môn nhận cờ thi đua giữa học kỳ I)",
                "Các tổ chuyên môn nhận cờ thi đua giữa học kỳ I",
                "next",
            ),
            P(
                "Dịp này, nhà trường đã trao cờ thi đua cho tổ Khoa học Tự nhiên và tặng giấy khen cho "
                "12 tập thể lớp có thành tích xuất sắc trong đợt thi đua chào mừng Ngày Nhà giáo Việt Nam."
            ),
            _right("Tin, ảnh: Phan Thị Hằng"),
        ],
        authors=["Phan Thị Hằng"],
        photographers=["Phan Thị Hằng"],
        summary=(
            "Chiều ngày 03/12/2026, Trường THCS Nguyễn Du tổ chức Hội nghị sơ kết giữa học kỳ I "
            "năm học 2026 - 2027 nhằm đánh giá kết quả thực hiện nhiệm vụ trong 3 tháng đầu năm học "
            "và đề ra giải pháp cho những tháng cuối học kỳ."
        ),
        opts={
            "topic": 1,
            "posted": "2026/12/3 16:42:00",
            "home": 1,
            "hits": 268,
            "poster": "quantri",
            "comments": [
                (
                    31,
                    "Re: Hội nghị sơ kết giữa học kỳ I năm học 2026 - 2027",
                    "phuhuynh_9a",
                    "2026/12/4 20:17:00",
                    "Chúc mừng thầy cô và các em, mong nhà trường tiếp tục tổ chức nhiều hoạt động bổ ích.",
                ),
            ],
        },
    ),
    Story(
        151,
        "thong-bao-lich-kiem-tra-hk1",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        "3",
        "2026-12-01",
        [
            LETTERHEAD_151,
            P(
                "Căn cứ Kế hoạch số 45/KH-THCSND ngày 05/9/2026 của Trường THCS Nguyễn Du về việc thực "
                "hiện nhiệm vụ năm học 2026-2027;"
            ),
            P(
                "Căn cứ Công văn số 512/SGDĐT-GDTrH ngày 20/11/2026 của Sở GD&ĐT Hà Tĩnh về việc tổ chức "
                "kiểm tra, đánh giá cuối học kỳ I;"
            ),
            P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027 như sau:"),
            P("1. Lịch kiểm tra các môn tập trung", "h"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
            P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("15/12/2026 | Chiều | Lịch sử và Địa lí | 60 phút", "tr"),
            P("16/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("17/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P("17/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "tr"),
            P("2. Tổ chức thực hiện", "h"),
            P(
                "- Các tổ chuyên môn hoàn thành ra đề, ma trận, bản đặc tả và nộp về Phó Hiệu trưởng "
                "trước ngày 10/12/2026."
            ),
            P(
                "- Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; nhắc nhở "
                "học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút."
            ),
            P(
                "- Các môn đánh giá bằng nhận xét và các môn còn lại kiểm tra theo thời khóa biểu, hoàn "
                "thành trước ngày 20/12/2026."
            ),
            P(
                "Nhà trường yêu cầu cán bộ, giáo viên, nhân viên và học sinh nghiêm túc thực hiện "
                "thông báo này./."
            ),
            CLOSING_151,
            Raw(
                '<p>File đính kèm: <a href="/uploads/news/TB_87_lich_kiem_tra_HKI.pdf">'
                "TB_87_lich_kiem_tra_HKI.pdf</a> (126 KB)</p>"
            ),
        ],
        authors=["Nguyễn Văn Thắng"],
        opts={"topic": 3, "posted": "2026/12/2 8:10:00", "home": 4, "hits": 412, "poster": "admin_nd"},
    ),
    Story(
        150,
        "hoi-thi-gvdg-toan-ly",
        "Hội thi giáo viên dạy giỏi cấp trường môn Toán, Vật lí năm học 2026 - 2027",
        "5",
        "2026-11-28T14:05:00+07:00",
        [
            P(
                "Thực hiện kế hoạch năm học, từ ngày 16/11 đến ngày 27/11/2026, tổ Khoa học Tự nhiên đã "
                "tổ chức Hội thi giáo viên dạy giỏi cấp trường đối với hai môn Toán và Vật lí (phân môn "
                "của môn Khoa học tự nhiên)."
            ),
            P(
                "Hội thi có 7 giáo viên tham gia, mỗi giáo viên thực hiện hai tiết dạy và trình bày một "
                "biện pháp nâng cao chất lượng dạy học. Ban giám khảo đánh giá tiết dạy theo Công văn "
                "5512 với các tiêu chí:"
            ),
            P("Kế hoạch và tài liệu dạy học được chuẩn bị đầy đủ, phù hợp với đối tượng học sinh;", "mso"),
            P("Tổ chức hoạt động học cho học sinh linh hoạt, phát huy tính tích cực, chủ động;", "mso"),
            P("Học sinh tiếp nhận và thực hiện nhiệm vụ học tập, kết quả học tập đạt yêu cầu.", "mso"),
            Img(
                "/uploads/news/2026/11/DSC_0418.JPG",
                "Cô giáo Võ Thị Hương Giang trong tiết dạy Toán 9 tại lớp 9B",
                "Cô giáo Võ Thị Hương Giang trong tiết dạy Toán 9 tại lớp 9B",
                "div",
            ),
            P(
                "Kết quả, có 5 giáo viên được công nhận giáo viên dạy giỏi cấp trường, trong đó cô Võ Thị "
                "Hương Giang và thầy Lê Đình Sơn xếp loại xuất sắc và được đề nghị tham gia hội thi cấp tỉnh."
            ),
            _right("Tổ KHTN"),
        ],
        authors=["Tổ KHTN"],
        opts={"topic": 5, "posted": "2026/11/28 14:05:00", "home": 1, "hits": 331, "poster": "quantri"},
    ),
    Story(
        149,
        "lien-doi-so-ket-thi-dua-20-11",
        "Liên đội sơ kết đợt thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11 🌸",
        "4",
        "2026-11-25T10:30:00+07:00",
        [
            P(
                "Sáng thứ Hai ngày 23/11/2026, trong giờ chào cờ đầu tuần, Liên đội THCS Nguyễn Du đã tổ "
                "chức sơ kết đợt thi đua “Hoa điểm 10 dâng thầy cô” chào mừng Ngày Nhà giáo Việt Nam."
            ),
            P(
                "Trong đợt thi đua, toàn liên đội đạt 4.826 điểm 9, 10; 100% chi đội có báo tường, nhiều "
                "tờ báo được trang trí công phu, nội dung phong phú thể hiện lòng biết ơn thầy cô giáo. 💐"
            ),
            Img(
                "/uploads/news/2026/11/baotuong_9a.jpg",
                "Tờ báo tường đạt giải Nhất của chi đội 9A",
                "Tờ báo tường đạt giải Nhất của chi đội 9A",
                "table",
            ),
            P(
                "Hội thi văn nghệ “Lời ca dâng thầy” thu hút 14 tiết mục của 12 chi đội với các thể loại "
                "đơn ca, tốp ca, múa và hoạt cảnh."
            ),
            P(
                "Kết quả, Ban chỉ huy Liên đội trao giải Nhất toàn đợt cho chi đội 9A, giải Nhì cho chi "
                "đội 8B và 7A, giải Ba cho chi đội 6C, 8A và 9C."
            ),
            Img(
                "/uploads/news/2026/11/trao_giai_lien_doi.jpg",
                "Tổng phụ trách Đội trao giải cho các chi đội",
                "Tổng phụ trách Đội trao giải cho các chi đội",
                "table",
            ),
            P(
                "Thay mặt Ban chỉ huy Liên đội, bạn Nguyễn Khánh Linh, Liên đội trưởng, phát động đợt thi "
                "đua mới chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam 22/12."
            ),
            _right("Tin: Hoàng Văn Lực - Ảnh: Lê Nhật Minh (lớp 9A)"),
        ],
        authors=["Hoàng Văn Lực"],
        photographers=["Lê Nhật Minh"],
        opts={
            "topic": 4,
            "posted": "2026/11/25 10:30:00",
            "home": 1,
            "pagebreak": 3,
            "hits": 205,
            "poster": "quantri",
        },
    ),
    Story(
        147,
        "le-ky-niem-20-11",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        "1",
        "2026-11-20",
        [
            P(
                "Sáng 20/11, Trường THCS Nguyễn Du long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
                "Việt Nam. Về dự có đại diện lãnh đạo UBND xã Tiên Điền, Ban đại diện cha mẹ học sinh "
                "cùng các thầy cô giáo nghỉ hưu qua các thời kỳ."
            ),
            P(
                "Ôn lại truyền thống ngày 20/11, diễn văn của nhà trường nhấn mạnh: năm học 2025 - 2026, "
                "trường có 27 học sinh giỏi cấp tỉnh, tỉ lệ học sinh vào lớp 10 công lập đạt 92,6%."
            ),
            Img(
                "/uploads/news/2026/11/ky_niem_20_11_01.jpg",
                "(Các đại biểu và thầy cô giáo tham dự buổi lễ)",
                "Các đại biểu và thầy cô giáo tham dự buổi lễ",
                "next",
            ),
            P(
                "Tại buổi lễ, nhà trường đã trao thưởng cho các giáo viên đạt danh hiệu giáo viên dạy giỏi "
                "cấp tỉnh và các tập thể lớp có thành tích cao trong đợt thi đua."
            ),
            Img(
                "/uploads/news/2026/11/ky_niem_20_11_02.jpg",
                "(Tiết mục văn nghệ chào mừng của học sinh lớp 8A)",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8A",
                "next",
            ),
            P(
                "Buổi lễ khép lại trong không khí ấm áp với những bó hoa tươi thắm và lời tri ân chân "
                "thành của các thế hệ học trò gửi đến thầy cô."
            ),
            _right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "topic": 1,
            "posted": "2026/11/20 0:00:00",
            "home": 1,
            "hits": 947,
            "poster": "admin_nd",
            "comments": [
                (
                    27,
                    "Re: Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
                    "cuuhocsinh_k2010",
                    "2026/11/20 21:05:00",
                    "Nhớ thầy cô quá! Chúc các thầy cô luôn mạnh khỏe, hạnh phúc.",
                ),
                (
                    28,
                    "Re: Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
                    "Khách",
                    "2026/11/22 7:48:00",
                    "Buổi lễ rất ý nghĩa, cảm ơn nhà trường.",
                ),
            ],
        },
    ),
    Story(
        146,
        "chuyen-de-ngu-van-8",
        "Chuyên đề “Dạy học phát triển năng lực qua hoạt động trải nghiệm trong môn Ngữ văn 8”",
        "6",
        "2026-11-18T15:20:00+07:00",
        [
            P(
                "Chiều 17/11/2026, tổ Khoa học Xã hội tổ chức chuyên đề “Dạy học phát triển năng lực qua "
                "hoạt động trải nghiệm trong môn Ngữ văn 8” với tiết dạy minh họa bài “Thu điếu” tại lớp 8C."
            ),
            P("1. Mục đích của chuyên đề", "h"),
            P(
                "Chuyên đề nhằm giúp giáo viên vận dụng các hình thức trải nghiệm như đóng vai, sân khấu "
                "hóa, dự án nhỏ vào giờ đọc hiểu văn bản, theo đúng tinh thần Chương trình giáo dục phổ "
                "thông 2018.[1]"
            ),
            P("2. Tiết dạy minh họa", "h"),
            P("Tiết dạy được tổ chức theo bốn hoạt động:", "brnext"),
            P(
                "khởi động bằng trò chơi “Nhìn tranh đoán cảnh”, hình thành kiến thức qua phiếu học tập, "
                "luyện tập bằng sân khấu hóa và vận dụng qua bài viết ngắn."
            ),
            P(
                "Các em học sinh lớp 8C hào hứng tham gia, nhiều nhóm đã dựng lại cảnh câu cá mùa thu "
                "của Nguyễn Khuyến một cách sinh động."
            ),
            P(
                "Qua thảo luận, các thành viên trong tổ thống nhất cần tăng thời lượng cho học sinh tự "
                "trình bày sản phẩm và đa dạng hóa công cụ đánh giá.[2]"
            ),
            P("Tài liệu tham khảo", "h"),
            P("[1] Bộ GD&ĐT, Chương trình giáo dục phổ thông môn Ngữ văn, ban hành kèm Thông tư 32/2018/TT-BGDĐT.", "fn"),
            P("[2] Công văn 5512/BGDĐT-GDTrH ngày 18/12/2020 về xây dựng và tổ chức thực hiện kế hoạch giáo dục.", "fn"),
            _right("ThS. Lê Thị Thu Hà - Tổ trưởng tổ KHXH"),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={"topic": 6, "posted": "2026/11/18 15:20:00", "home": 1, "hits": 154, "poster": "quantri"},
    ),
    Story(
        144,
        "ngay-hoi-doc-sach",
        "Nghi Xuân: Hơn 300 học sinh tham gia Ngày hội đọc sách “Sách hay - Bạn tốt”",
        "1",
        "2026-11-10T09:00:00+07:00",
        [
            P(
                "Ngày 9/11, Trường THCS Nguyễn Du (xã Tiên Điền) tổ chức Ngày hội đọc sách “Sách hay - Bạn "
                "tốt” năm 2026 thu hút hơn 300 học sinh tham gia."
            ),
            P(
                "Tại ngày hội, các em được tham quan các gian trưng bày sách theo chủ đề quê hương Nguyễn "
                "Du, thi giới thiệu sách, vẽ tranh theo nội dung cuốn sách yêu thích và đổi sách cũ lấy "
                "cây xanh."
            ),
            Img(
                "/uploads/img65609d21a0b77.jpg",
                "Học sinh tham quan gian trưng bày sách về Đại thi hào Nguyễn Du",
                "Học sinh tham quan gian trưng bày sách về Đại thi hào Nguyễn Du",
                "div",
            ),
            P(
                "Theo cô Bùi Thị Nga, cán bộ thư viện nhà trường, ngày hội là dịp để khơi dậy tình yêu "
                "sách, hình thành thói quen đọc cho học sinh trong thời đại số."
            ),
            P(
                "Dịp này, thư viện nhà trường đã tiếp nhận gần 500 cuốn sách do cựu học sinh và phụ huynh "
                "trao tặng."
            ),
            _right("Theo Báo Hà Tĩnh", bold=False),
        ],
        source="Báo Hà Tĩnh",
        opts={
            "topic": 1,
            "posted": "2026/11/10 9:00:00",
            "home": 1,
            "hits": 689,
            "poster": "admin_nd",
            "enc": "entities",
        },
    ),
    Story(
        142,
        "tap-huan-phong-chong-duoi-nuoc",
        "Tập huấn kỹ năng phòng, chống đuối nước và tai nạn thương tích cho học sinh",
        "1",
        "2026-11-04T14:30:00+07:00",
        [
            P(
                "Nhằm trang bị cho học sinh kiến thức, kỹ năng tự bảo vệ bản thân, chiều 3/11 nhà trường "
                "phối hợp với Trạm Y tế xã Tiên Điền tổ chức buổi tập huấn phòng, chống đuối nước và tai "
                "nạn thương tích cho gần 600 học sinh."
            ),
            P(
                "Các em được hướng dẫn cách nhận biết những nơi nguy hiểm, cách ứng cứu an toàn khi gặp "
                "người bị đuối nước và thực hành sơ cứu ban đầu."
            ),
            Img("/uploads/news/2026/11/tap_huan_duoi_nuoc.jpg", "Ảnh: Trần Minh Đức", None, "next"),
            P(
                "Thông qua buổi tập huấn, nhà trường mong muốn mỗi học sinh trở thành một tuyên truyền "
                "viên nhỏ, nhắc nhở bạn bè và người thân không tắm sông, hồ khi không có người lớn đi cùng."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/modules/wfdownloads/singlefile.php?cid=2&amp;lid=17">'
                "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027</a></em></p>"
            ),
            _right("Thanh Hương"),
        ],
        authors=["Thanh Hương"],
        photographers=["Trần Minh Đức"],
        opts={
            "topic": 1,
            "posted": "2026/11/4 14:30:00",
            "home": 1,
            "hits": 176,
            "poster": "quantri",
            "enc": "nfd",
        },
    ),
    Story(
        139,
        "tb-tuyen-chon-hsg-9",
        "Thông báo tuyển chọn học sinh bồi dưỡng đội tuyển học sinh giỏi lớp 9 cấp tỉnh",
        "3",
        "2026-10-28T10:20:00+07:00",
        [
            P(
                "Nhà trường thông báo tuyển chọn học sinh lớp 9 tham gia bồi dưỡng đội tuyển học sinh giỏi "
                "cấp tỉnh năm học 2026 - 2027 ở các môn: Toán, Ngữ văn, Tiếng Anh, Khoa học tự nhiên, Lịch "
                "sử và Địa lí, Tin học."
            ),
            P("Thời gian kiểm tra tuyển chọn: 7 giờ 30 phút, thứ Bảy ngày 31/10/2026.", "li"),
            P("Địa điểm: phòng học khu nhà A, Trường THCS Nguyễn Du.", "li"),
            P("Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 30/10/2026.", "li"),
            Raw(
                '<p><img src="/modules/news/images/attach.gif" alt="" /> File đính kèm: '
                '<a href="/uploads/news/DS_dang_ky_HSG9.xlsx">DS_dang_ky_HSG9.xlsx</a></p>'
            ),
        ],
        opts={"topic": 3, "posted": "2026/10/28 10:20:00", "home": 99, "hits": 288, "poster": "admin_nd"},
    ),
    Story(
        137,
        "sinh-hoat-chuyen-mon-nclb-khtn7",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Khoa học tự nhiên 7",
        "5",
        "2026-10-22T08:45:00+07:00",
        [
            P(
                "Ngày 21/10/2026, tổ Khoa học Tự nhiên tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu "
                "bài học với bài “Tốc độ chuyển động” (Khoa học tự nhiên 7)."
            ),
            P(
                "Tiết dạy do cô Nguyễn Thị Mai Lan thực hiện tại lớp 7B. Các giáo viên dự giờ tập trung "
                "quan sát hoạt động học của học sinh thay vì đánh giá giáo viên."
            ),
            Img(
                "/uploads/news/2026/10/nclb_khtn7_a.jpg",
                "Học sinh lớp 7B đo thời gian chuyển động của xe lăn",
                "Học sinh lớp 7B đo thời gian chuyển động của xe lăn",
                "next",
            ),
            P(
                "Trong phần thảo luận, tổ thống nhất điều chỉnh phiếu học tập số 2 cho phù hợp hơn với học "
                "sinh có năng lực hạn chế và tăng thời gian thực hành đo đạc."
            ),
            Img(
                "/uploads/news/2026/10/nclb_khtn7_b.jpg",
                "Giáo viên trong tổ chia sẻ sau tiết dạy",
                "Giáo viên trong tổ chia sẻ sau tiết dạy",
                "next",
            ),
            _right("Nguyễn Thị Mai Lan"),
        ],
        authors=["Nguyễn Thị Mai Lan"],
        opts={"topic": 5, "posted": "2026/10/22 8:45:00", "home": 1, "hits": 121, "poster": "quantri"},
    ),
    Story(
        135,
        "dai-hoi-lien-doi-2026",
        "Đại hội Liên đội nhiệm kỳ 2026 - 2027",
        "4",
        "2026-10-15T16:00:00+07:00",
        [
            P(
                "Chiều 15/10/2026, Liên đội Trường THCS Nguyễn Du long trọng tổ chức Đại hội Liên đội "
                "nhiệm kỳ 2026 - 2027 với sự tham dự của 120 đại biểu là chỉ huy các chi đội.",
                "b",
            ),
            P(
                "Đại hội đã đánh giá kết quả công tác Đội năm học 2025 - 2026: Liên đội được Hội đồng Đội "
                "tỉnh công nhận Liên đội vững mạnh xuất sắc, nhiều đội viên đạt giải trong các cuộc thi "
                "cấp tỉnh."
            ),
            P(
                "Phát biểu chỉ đạo đại hội, thầy Nguyễn Văn Thắng, Hiệu trưởng nhà trường gửi gắm:",
            ),
            P(
                "“Mỗi đội viên hãy chăm ngoan, học giỏi, rèn luyện để xứng đáng là cháu ngoan Bác Hồ, "
                "xứng đáng với truyền thống quê hương Tiên Điền.”",
                "quote",
            ),
            Img(
                "/uploads/news/2026/10/dai_hoi_lien_doi.jpg",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt đại hội",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt đại hội",
                "table",
            ),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội gồm 9 bạn, bạn Nguyễn Khánh Linh (lớp 9A) được bầu "
                "làm Liên đội trưởng."
            ),
            _right("Tin, ảnh: Hoàng Văn Lực"),
        ],
        authors=["Hoàng Văn Lực"],
        photographers=["Hoàng Văn Lực"],
        summary=(
            "Chiều 15/10/2026, Liên đội Trường THCS Nguyễn Du long trọng tổ chức Đại hội Liên đội "
            "nhiệm kỳ 2026 - 2027 với sự tham dự của 120 đại biểu là chỉ huy các chi đội."
        ),
        opts={"topic": 4, "posted": "2026/10/15 16:00:00", "home": 1, "hits": 143, "poster": "quantri"},
    ),
    Story(
        133,
        "hoi-nghi-vien-chuc-2026",
        "Hội nghị cán bộ, công chức, viên chức năm học 2026 - 2027",
        "1",
        "2026-10-09T14:00:00+07:00",
        [
            P(
                "Ngày 08/10/2026, Trường THCS Nguyễn Du tổ chức Hội nghị cán bộ, công chức, viên chức năm "
                "học 2026 - 2027 với sự tham dự của 46 cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học mới, "
                "báo cáo công khai tài chính và sửa đổi Quy chế chi tiêu nội bộ."
            ),
            Img(
                "/uploads/news/2026/10/hoi_nghi_vc.jpg",
                "Quang cảnh hội nghị",
                "Quang cảnh hội nghị",
                "div",
            ),
            P(
                "Các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến tâm huyết về đổi mới phương pháp "
                "dạy học, xây dựng trường học hạnh phúc và chăm lo đời sống cán bộ, giáo viên."
            ),
            P(
                "Kết thúc hội nghị, 100% cán bộ, công chức, viên chức ký cam kết thực hiện nhiệm vụ năm học "
                "và hưởng ứng các phong trào thi đua do ngành phát động."
            ),
            _right("Nguồn: Công đoàn trường", bold=False),
        ],
        source="Công đoàn trường",
        opts={"topic": 1, "posted": "2026/10/9 14:00:00", "home": 1, "hits": 133, "poster": "admin_nd"},
    ),
    Story(
        131,
        "khai-mac-hkpd-cap-truong",
        "Khai mạc Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        "1",
        "2026-10-03T07:30:00+07:00",
        [
            P(
                "Sáng 03/10/2026, Trường THCS Nguyễn Du khai mạc Hội khỏe Phù Đổng cấp trường với gần 400 "
                "vận động viên đến từ 16 lớp tranh tài ở các môn: điền kinh, bóng đá mini, cầu lông, cờ vua "
                "và kéo co."
            ),
            P(
                "Hội khỏe là dịp để phát hiện, tuyển chọn những học sinh có năng khiếu thể thao, bồi dưỡng "
                "tham gia Hội khỏe Phù Đổng cấp tỉnh năm 2027."
            ),
            Img(
                "/uploads/news/2026/10/hkpd_khai_mac.jpg",
                "Màn đồng diễn thể dục chào mừng lễ khai mạc",
                "Màn đồng diễn thể dục chào mừng lễ khai mạc",
                "table",
            ),
            P(
                "Ngay sau lễ khai mạc, các trận đấu bóng đá mini nam và nội dung chạy 60m đã diễn ra sôi "
                "nổi, hào hứng trong sự cổ vũ nhiệt tình của học sinh toàn trường."
            ),
            Img("/uploads/news/2026/10/hkpd_bong_da.jpg", None, None, "bare"),
            _right("Đặng Quốc Việt (GV Thể dục)"),
        ],
        authors=["Đặng Quốc Việt"],
        opts={"topic": 1, "posted": "2026/10/3 7:30:00", "home": 1, "hits": 98, "poster": "quantri"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: newest first, as the News index orders them (by the stored "published" time)
ORDERED = sorted(STORIES, key=lambda s: tuple(int(x) for x in re.split(r"[/ :]", s.opts["posted"])), reverse=True)

# --------------------------------------------------------------------------------------------
# the story's text as the editor stored it
# --------------------------------------------------------------------------------------------

ADVERT = (
    '<div align="center"><a href="http://csdl.hatinh.edu.vn" target="_blank">'
    '<img src="/uploads/banner_csdl_nganh.gif" alt="Cơ sở dữ liệu ngành" border="0" width="468" height="60" />'
    "</a></div>"
)


def _img_html(img: Img) -> str:
    src = esc(img.src)
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 500px;"><tbody>'
            f'<tr><td><img alt="" src="{src}" style="width: 500px; height: 333px;" /></td></tr>'
            f'<tr><td style="text-align: center;"><em><span style="font-size: 12px;">{esc(img.printed or "")}'
            "</span></em></td></tr></tbody></table>"
        )
    if img.style == "div":
        return (
            f'<div style="text-align: center;"><img src="{src}" alt="{esc(img.printed or "")}" border="0" '
            'width="480" /><br />'
            f'<span style="color: #696969;"><i>{esc(img.printed or "")}</i></span></div>'
        )
    if img.style == "next":
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" width="500" height="375" /></p>\n'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    return f'<p style="text-align: center;"><img alt="" src="{src}" width="500" /></p>'


_MSO_BULLET = (
    '<!--[if !supportLists]--><span style="font-family: Symbol; mso-fareast-font-family: Symbol; '
    'mso-list: Ignore;">·<span style="font: 7.0pt &quot;Times New Roman&quot;;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
    "</span></span><!--[endif]-->"
)


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b))
        else:
            st = b.style
            if st in ("tr", "li", "mso"):
                run = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == st:
                    run.append(blocks[i].text)
                    i += 1
                i -= 1
                if st == "tr":
                    rows = []
                    for n, row in enumerate(run):
                        cells = row.split(" | ")
                        if n == 0:
                            tds = "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' for c in cells)
                        else:
                            tds = "".join(f"<td>{esc(c)}</td>" for c in cells)
                        rows.append(f"<tr>{tds}</tr>")
                    out.append(
                        '<table border="1" cellpadding="4" cellspacing="0" style="width: 95%; border-collapse: collapse;">'
                        f"<tbody>{''.join(rows)}</tbody></table>"
                    )
                elif st == "li":
                    out.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in run) + "</ul>")
                else:
                    cls = ["MsoListParagraphCxSpFirst"] + ["MsoListParagraphCxSpMiddle"] * (len(run) - 2)
                    cls += ["MsoListParagraphCxSpLast"]
                    for c, t in zip(cls, run, strict=False):
                        out.append(
                            f'<p class="{c}" style="margin-left: 36pt; text-indent: -18pt; mso-list: l0 level1 lfo1;">'
                            f'{_MSO_BULLET}<span style="font-size: 13pt; line-height: 115%;">{esc(t)}</span></p>'
                        )
            elif st == "brnext":
                nxt = blocks[i + 1]
                out.append(f'<p style="text-align: justify;">{esc(b.text)}<br />\n{esc(nxt.text)}</p>')
                i += 1
            elif st == "b":
                out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
            elif st == "h":
                out.append(f'<p><b><span style="color: #000080;">{esc(b.text)}</span></b></p>')
            elif st == "quote":
                out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
            elif st == "fn":
                out.append(f'<p style="font-size: 11px; color: #555;">{esc(b.text)}</p>')
            else:
                out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _encode(story: Story, markup: str) -> str:
    enc = story.opts.get("enc")
    if enc == "entities":
        return entity_mix(markup, 2)
    if enc == "nfd":
        return unicodedata.normalize("NFD", markup)
    return markup


def hometext(story: Story) -> str:
    return _encode(story, render_blocks(story.blocks[: story.opts["home"]]))


def body_pages(story: Story) -> list[str]:
    """The bodytext split at ``[pagebreak]``: one string per page (empty list: no bodytext)."""
    home = story.opts["home"]
    rest = story.blocks[home:]
    if not rest:
        return []
    cut = story.opts.get("pagebreak")
    parts = [rest] if cut is None else [story.blocks[home:cut], story.blocks[cut:]]
    return [_encode(story, render_blocks(p)) for p in parts]


def bodytext_len(story: Story) -> int:
    return sum(len(p.encode("utf-8")) for p in body_pages(story))


# --------------------------------------------------------------------------------------------
# the theme
# --------------------------------------------------------------------------------------------

THEME = "/themes/nguyendu2014"


def topic_url(tid: int, start: int | None = None) -> str:
    url = f"/modules/news/index.php?storytopic={tid}"
    return url + (f"&amp;start={start}" if start is not None else "")


def article_url(sid: int) -> str:
    return f"/modules/news/article.php?storyid={sid}"


def _ddmm(story: Story) -> str:
    _y, m, d = (int(x) for x in story.opts["posted"].split()[0].split("/"))
    return f"{d:02d}/{m:02d}"


def _dmy(story: Story, sep: str = "/") -> str:
    y, m, d = (int(x) for x in story.opts["posted"].split()[0].split("/"))
    return f"{d:02d}{sep}{m:02d}{sep}{y}"


def _menu() -> str:
    def sub(items: list[tuple[str, str]]) -> str:
        return "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t in items) + "</ul>"

    return (
        '<div id="smoothmenu1" class="ddsmoothmenu"><ul>'
        '<li><a href="/">Trang chủ</a></li>'
        '<li><a href="/modules/content/content.php?page=gioi-thieu">Giới thiệu</a>'
        + sub(
            [
                ("/modules/content/content.php?page=gioi-thieu#lichsu", "Lịch sử nhà trường"),
                ("/modules/content/content.php?page=co-cau-to-chuc", "Cơ cấu tổ chức"),
            ]
        )
        + "</li>"
        '<li><a href="/modules/news/index.php">Tin tức</a>'
        + sub([(topic_url(1), "Tin tức - Sự kiện"), (topic_url(3), "Thông báo"), (topic_url(4), "Đoàn - Đội")])
        + "</li>"
        f'<li><a href="{topic_url(2)}">Chuyên môn</a>'
        + sub([(topic_url(5), "Tổ Khoa học Tự nhiên"), (topic_url(6), "Tổ Khoa học Xã hội")])
        + "</li>"
        '<li><a href="/modules/wfdownloads/viewcat.php?cid=2">Văn bản</a></li>'
        '<li><a href="/modules/extgallery/">Thư viện ảnh</a></li>'
        '<li><a href="/modules/contact/">Liên hệ</a></li>'
        "</ul><br style=\"clear: left\" /></div>"
    )


def _khoi(title: str, inner: str, n: int, side: str = "trai") -> str:
    return (
        f'<div class="khoi_{side}" id="khoi{n}"><div class="tieude_khoi">{esc(title)}</div>'
        f'<div class="nd_khoi">{inner}</div></div>'
    )


def _left_blocks() -> str:
    topics = []
    for tid in TOPIC_ORDER:
        title = TOPICS[tid][0]
        subs = [t for t, v in TOPICS.items() if v[1] == tid]
        line = f'<li><a href="{topic_url(tid)}">{esc(title)}</a>'
        if subs:
            line += "<ul>" + "".join(
                f'<li>&nbsp;-&nbsp;<a href="{topic_url(s)}">{esc(TOPICS[s][0])}</a></li>' for s in subs
            ) + "</ul>"
        topics.append(line + "</li>")
    login = (
        '<form style="margin-top: 0px;" action="/user.php" method="post">'
        'Tên đăng nhập: <br /><input type="text" name="uname" size="12" value="" maxlength="25" /><br />'
        'Mật khẩu: <br /><input type="password" name="pass" size="12" maxlength="32" /><br />'
        '<input type="hidden" name="xoops_redirect" value="/modules/news/" />'
        '<input type="hidden" name="op" value="login" />'
        '<input type="submit" value="Đăng nhập" /></form>'
    )
    links = (
        "<select name=\"lienket\" style=\"width: 150px\" onchange=\"if(this.value!='')window.open(this.value)\">"
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://hatinh.edu.vn">Sở GD&amp;ĐT Hà Tĩnh</option>'
        '<option value="https://vnedu.vn">Sổ liên lạc điện tử vnEdu</option>'
        '<option value="https://taphuan.csdl.edu.vn">Tập huấn giáo viên</option>'
        "</select>"
    )
    counter = (
        '<table width="100%" style="font-size: 11px;">'
        f'<tr><td><img src="{THEME}/img/online.gif" alt="" /> Đang online:</td><td align="right">17</td></tr>'
        f'<tr><td><img src="{THEME}/img/today.gif" alt="" /> Hôm nay:</td><td align="right">342</td></tr>'
        f'<tr><td><img src="{THEME}/img/total.gif" alt="" /> Tổng truy cập:</td><td align="right">1.284.567</td></tr>'
        "</table>"
    )
    return (
        _khoi("Chủ đề tin", '<ul class="dm_tin">' + "".join(topics) + "</ul>", 11)
        + _khoi("Đăng nhập", login, 12)
        + _khoi("Liên kết", links, 13)
        + _khoi("Thống kê truy cập", counter, 14)
    )


def _right_blocks(current: Story | None = None) -> str:
    notice = (
        '<marquee direction="up" scrollamount="1" onmouseover="this.stop()" onmouseout="this.start()" '
        'height="120">'
        f'<img src="{THEME}/img/new.gif" alt="" /> <a href="/modules/news/article.php?storyid=151&amp;{SID}">'
        "Lịch kiểm tra cuối học kỳ I năm học 2026-2027</a><br /><br />"
        f'<img src="{THEME}/img/new.gif" alt="" /> <a href="/modules/news/article.php?storyid=139&amp;{SID}">'
        "Tuyển chọn học sinh bồi dưỡng HSG lớp 9</a><br /><br />"
        "Lịch nghỉ Tết Nguyên đán Bính Ngọ: sẽ thông báo sau."
        "</marquee>"
    )
    recent = "".join(
        f'<li><a href="{article_url(s.id)}">{esc(s.title)}</a> <span style="color:#999">[{_ddmm(s)}]</span></li>'
        for s in ORDERED[:5]
    )
    popular = "".join(
        f'<li><a href="{article_url(s.id)}">{esc(s.title)}</a> ({s.opts["hits"]})</li>'
        for s in sorted(STORIES, key=lambda s: s.opts["hits"], reverse=True)[:5]
    )
    poll = (
        '<form action="/modules/xoopspoll/index.php" method="post">'
        "<b>Bạn biết đến website của trường qua đâu?</b><br />"
        '<input type="radio" name="option_id" value="7" /> Giáo viên chủ nhiệm giới thiệu<br />'
        '<input type="radio" name="option_id" value="8" /> Zalo nhóm lớp<br />'
        '<input type="radio" name="option_id" value="9" /> Tìm trên Google<br />'
        '<input type="hidden" name="poll_id" value="2" />'
        '<input type="submit" value="Bình chọn" /> '
        "<input type=\"button\" value=\"Kết quả\" onclick=\"location='/modules/xoopspoll/pollresults.php?poll_id=2'\" />"
        "</form>"
    )
    video = (
        '<a href="/modules/xoopstube/singlevideo.php?lid=4">'
        '<img src="/uploads/xoopstube/screenshots/van_nghe_20_11.jpg" width="180" alt="Video" /></a>'
        "<br />Văn nghệ chào mừng 20/11/2026"
    )
    out = (
        _khoi("Thông báo", notice, 21, "phai")
        + _khoi("Tin mới", f'<ul class="ds_tin">{recent}</ul>', 22, "phai")
        + _khoi("Tin đọc nhiều", f'<ol class="ds_tin">{popular}</ol>', 23, "phai")
    )
    if current is not None:
        pool = [s for s in ORDERED[:5] if s.id not in (current.id, 151)]
        pick = pool[current.id % len(pool)]
        lead = next(b for b in pick.blocks if isinstance(b, P))
        out += _khoi(
            "Bài ngẫu nhiên",
            f'<div class="spot"><a href="{article_url(pick.id)}"><b>{esc(pick.title)}</b></a>'
            f"<p>{esc(lead.text)}</p></div>",
            24,
            "phai",
        )
    return out + _khoi("Thăm dò ý kiến", poll, 25, "phai") + _khoi("Video clip", video, 26, "phai")


def page(request: Request, pagetitle: str, crumbs: list[tuple[str | None, str]], center: str,
         current: Story | None = None, description: str = "") -> str:
    crumb_html = " &raquo; ".join(
        f'<a href="{u}">{esc(t)}</a>' if u else f"<span>{esc(t)}</span>" for u, t in crumbs
    )
    desc = description or "Website Trường THCS Nguyễn Du - Tiên Điền - Hà Tĩnh"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta http-equiv="content-language" content="vi" />
<meta name="robots" content="index,follow" />
<meta name="keywords" content="THCS Nguyễn Du, Tiên Điền, Nghi Xuân, Hà Tĩnh, giáo dục" />
<meta name="description" content="{esc(desc)}" />
<meta name="rating" content="general" />
<meta name="author" content="Trường THCS Nguyễn Du" />
<meta name="generator" content="ImpressCMS" />
<title>{esc(SITE)} - {esc(pagetitle)}</title>
<link href="/favicon.ico" rel="SHORTCUT ICON" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="/backend.php" />
<script type="text/javascript" src="/libraries/jquery/jquery.js"></script>
<script type="text/javascript" src="/include/xoops.js"></script>
<script type="text/javascript" src="{THEME}/js/ddsmoothmenu.js"></script>
<link rel="stylesheet" type="text/css" media="all" href="/icms.css" />
<link rel="stylesheet" type="text/css" media="all" href="{THEME}/style.css" />
</head>
<body>
<div id="khung">
<div id="dau_trang">
<div id="thanh_tren"><span id="ngay_thang">{HEADER_TODAY}</span> |
<marquee width="70%" scrollamount="3">Chào mừng quý thầy cô, quý phụ huynh và các em học sinh đến với website Trường THCS Nguyễn Du!</marquee></div>
<h1 id="ten_truong"><a href="/"><img src="{THEME}/img/logo.png" alt="" align="left" />{esc(SITE)}</a></h1>
<div id="banner"><img src="{THEME}/img/banner.jpg" width="980" height="150" alt="" /></div>
{_menu()}
</div>
<div id="duongdan">Bạn đang ở: {crumb_html}</div>
<table id="thanphan" cellspacing="0" cellpadding="0" width="100%"><tr>
<td id="cot_trai" valign="top" width="200">{_left_blocks()}</td>
<td id="cot_giua" valign="top">
<div id="noidung_giua">
{center}
</div>
</td>
<td id="cot_phai" valign="top" width="210">{_right_blocks(current)}</td>
</tr></table>
<div id="chan_trang">
<p><b>TRƯỜNG THCS NGUYỄN DU - NGHI XUÂN - HÀ TĨNH</b><br />
Địa chỉ: Thị trấn Tiên Điền, huyện Nghi Xuân, tỉnh Hà Tĩnh<br />
Điện thoại: 0239.3821.468 - Email: c2nguyendu.nx@hatinh.edu.vn<br />
Bản quyền &copy; 2012 - 2026 Trường THCS Nguyễn Du. Thiết kế: Thầy Hồ Sỹ Tuấn (GV Tin học)</p>
<p class="powered">Powered by <a href="http://www.impresscms.org" target="_blank">ImpressCMS</a> &copy; 2007-2026 The ImpressCMS Project
| <a href="https://www.facebook.com/thcsnguyendu.tiendien" target="_blank">Facebook</a></p>
</div>
</div>
<script type="text/javascript">ddsmoothmenu.init({{mainmenuid: "smoothmenu1", orientation: 'h', classname: 'ddsmoothmenu', contentsource: "markup"}})</script>
</body>
</html>"""


def topic_crumbs(tid: int) -> list[tuple[str | None, str]]:
    chain = []
    t: int | None = tid
    while t is not None:
        chain.append((topic_url(t), TOPICS[t][0]))
        t = TOPICS[t][1]
    return [("/", "Trang chủ"), ("/modules/news/", "Tin tức"), *reversed(chain)]


# --------------------------------------------------------------------------------------------
# News: listings
# --------------------------------------------------------------------------------------------


def pagenav(total: int, perpage: int, current: int, url: str) -> str:
    """ImpressCMS' icms_view_PageNav in the "default" style: offsets in ``url`` + N."""
    if total <= perpage:
        return ""
    pages = -(-total // perpage)
    cur = current // perpage + 1
    out = ['<div class="pagination default">']
    if current - perpage >= 0:
        out.append(f'<a href="{url}{current - perpage}" class="prevnext">&laquo; Trước</a>')
    else:
        out.append('<span class="disabled">&laquo; Trước</span>')
    for n in range(1, pages + 1):
        if n == cur:
            out.append(f'<span class="current">{n}</span>')
        else:
            out.append(f'<a href="{url}{(n - 1) * perpage}">{n}</a>')
    if current + perpage < total:
        out.append(f'<a href="{url}{current + perpage}" class="prevnext">Sau &raquo;</a>')
    else:
        out.append('<span class="disabled">Sau &raquo;</span>')
    out.append("</div>")
    return "".join(out)


def _topic_img(story: Story) -> str:
    tid = story.opts["topic"]
    title, _, icon = TOPICS[tid]
    return (
        f'<a href="{topic_url(tid)}"><img src="/modules/news/images/topics/{icon}" alt="{esc(title)}" '
        'hspace="10" vspace="10" align="right" /></a>'
    )


def _poster_line(story: Story) -> str:
    return (
        f'<span class="itemPoster">Gửi bởi {esc(story.opts["poster"])}</span> '
        f'<span class="itemPostDate">vào {story.opts["posted"]}</span> '
        f'(<span class="itemStats">{story.opts["hits"]} lần đọc</span>)'
    )


def list_item(story: Story) -> str:
    tid = story.opts["topic"]
    more = []
    if body_pages(story):
        more.append(f'<a href="{article_url(story.id)}">Đọc tiếp...</a>')
        more.append(f"{bodytext_len(story)} ký tự nữa")
    ncom = len(story.opts.get("comments", []))
    if ncom:
        more.append(f'<a href="{article_url(story.id)}#comments">{ncom} bình luận</a>')
    return f"""<div class="item">
<div class="itemHead"><span class="itemTitle"><a href="{topic_url(tid)}">{esc(TOPICS[tid][0])}</a>: <a href="{article_url(story.id)}">{esc(story.title)}</a></span></div>
<div class="itemInfo">{_poster_line(story)}</div>
<div class="itemBody">{_topic_img(story)}<p class="itemText">{hometext(story)}</p></div>
<div class="itemFoot"><span class="itemPermaLink">{" | ".join(more)}</span></div>
</div>
<br style="clear: both" />"""


def _topic_select(selected: int) -> str:
    opts = ['<option value="0">Tất cả các chủ đề</option>']
    for tid in TOPIC_ORDER:
        for t in [tid] + [s for s, v in TOPICS.items() if v[1] == tid]:
            prefix = "--" if TOPICS[t][1] else ""
            sel = ' selected="selected"' if t == selected else ""
            opts.append(f'<option value="{t}"{sel}>{prefix}{esc(TOPICS[t][0])}</option>')
    return (
        '<form name="form1" action="/modules/news/index.php" method="get">'
        '<div style="text-align: center;">Chọn chủ đề: <select name="storytopic" onchange="submit();">'
        + "".join(opts)
        + '</select> <input type="submit" value="Xem" /></div></form>'
    )


def news_index(request: Request) -> Response | None:
    params = request.params
    try:
        tid = int(params.get("storytopic", "0") or 0)
        start = int(params.get("start", "0") or 0)
    except ValueError:
        return None
    if tid and tid not in TOPICS:
        return None
    stories = [s for s in ORDERED if not tid or s.opts["topic"] == tid]
    if start < 0 or start % PER_PAGE or (start and start >= len(stories)):
        return None
    shown = stories[start : start + PER_PAGE]
    parts = [_topic_select(tid)]
    subs = [t for t, v in TOPICS.items() if v[1] == tid] if tid else []
    if subs:
        rows = "".join(
            f'<tr><td class="even"><a href="{topic_url(t)}">{esc(TOPICS[t][0])}</a></td>'
            f'<td class="even" align="center">{sum(1 for s in STORIES if s.opts["topic"] == t)}</td></tr>'
            for t in subs
        )
        parts.append(
            '<table class="outer" width="100%" cellspacing="1"><tr><th>Chủ đề con</th><th>Số bài</th></tr>'
            f"{rows}</table>"
        )
    if not shown:
        parts.append('<p style="text-align: center;">Chưa có bài viết nào trong chủ đề này.</p>')
    parts += [list_item(s) for s in shown]
    parts.append(
        '<div style="text-align: right; margin-right: 5px;">'
        + pagenav(len(stories), PER_PAGE, start, f"/modules/news/index.php?storytopic={tid}&amp;start=")
        + "</div>"
    )
    if tid:
        crumbs = topic_crumbs(tid)
        title = f"{TOPICS[tid][0]} - Tin tức"
    else:
        crumbs = [("/", "Trang chủ"), (None, "Tin tức")]
        title = "Tin tức"
    center = '<div class="news-index">' + "\n".join(parts) + "</div>"
    return html(page(request, title, crumbs, center))


# --------------------------------------------------------------------------------------------
# News: the article, its print copy
# --------------------------------------------------------------------------------------------


def _comments(story: Story) -> str:
    comments = story.opts.get("comments", [])
    if not comments:
        return ""
    sid = story.id
    nav = (
        '<form method="get" action="article.php"><table width="95%" class="outer" cellspacing="1"><tr>'
        '<td class="even" align="center"><select name="com_mode"><option value="flat">Phẳng</option>'
        '<option value="thread" selected="selected">Luồng</option><option value="nest">Lồng nhau</option>'
        '</select> <select name="com_order"><option value="0" selected="selected">Cũ trước</option>'
        '<option value="1">Mới trước</option></select>'
        f'<input type="hidden" name="storyid" value="{sid}" /> '
        '<input type="submit" value="Làm mới" class="formButton" /></td></tr></table></form>'
    )
    first = comments[0]
    root = (
        '<table class="outer" cellpadding="5" cellspacing="1"><tr><th width="20%">Người gửi</th>'
        "<th>Bình luận</th></tr>"
        f'<tr><td class="odd"><a id="comment{first[0]}"></a><b>{esc(first[2])}</b></td>'
        f'<td class="odd"><div class="comTitle"><img src="/images/subject/icon1.gif" alt="" /> {esc(first[1])}</div>'
        f'<div class="comDate"><span class="comDateCaption">Gửi lúc:</span> {first[3]}</div>'
        f'<div class="comText">{esc(first[4])}</div></td></tr></table>'
    )
    tree = "".join(
        f'<tr><td class="even"><a href="article.php?storyid={sid}&amp;com_id={c[0]}&amp;com_rootid={c[0]}'
        f'&amp;com_mode=thread&amp;com_order=0#comment{c[0]}">{esc(c[1])}</a></td>'
        f'<td class="even">{esc(c[2])}</td><td class="even">{c[3]}</td></tr>'
        for c in comments
    )
    return (
        '<a id="comments"></a><div style="margin: 3px; padding: 3px;">'
        + nav
        + root
        + '<table class="outer" width="100%" cellspacing="1"><tr><th>Tiêu đề</th><th>Người gửi</th>'
        + f"<th>Ngày gửi</th></tr>{tree}</table></div>"
    )


def article(request: Request) -> Response | None:
    params = request.params
    try:
        story = BY_ID[int(params.get("storyid", ""))]
        pg = int(params.get("page", "0") or 0)
    except (KeyError, ValueError):
        return None
    pages = body_pages(story)
    if pg < 0 or pg >= max(1, len(pages)):
        return None
    if pg == 0:
        text = hometext(story)
        if pages:
            text += "<br />" + ADVERT + "<br />" + pages[0]
    else:
        text = pages[pg]
    tid = story.opts["topic"]
    nav = ""
    if len(pages) > 1:
        nav = (
            '<div style="text-align: right; margin: 10px;">Trang: '
            + pagenav(len(pages), 1, pg, f"article.php?storyid={story.id}&amp;page=")
            + "</div>"
        )
    host = base_url(request)
    tools = (
        '<div class="congcu" style="text-align: right; margin: 10px;">'
        f'<a href="print.php?storyid={story.id}"><img src="images/print.gif" alt="Bản in" title="Bản in" /></a> '
        f'<a target="_top" href="mailto:?subject=Bài viết hay tại {esc(SITE)}&amp;body=Bạn hãy xem bài viết này: '
        f'{host}/modules/news/article.php?storyid={story.id}"><img src="images/friend.gif" alt="Gửi cho bạn bè" /></a> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={host}/modules/news/article.php%3Fstoryid%3D{story.id}" '
        f'target="_blank"><img src="{THEME}/img/fb_share.png" alt="Chia sẻ Facebook" /></a></div>'
    )
    others = [s for s in ORDERED if s.opts["topic"] == tid and s.id != story.id][:3]
    others_html = ""
    if others:
        rows = "".join(
            f'<tr><td><img src="{THEME}/img/arrow.gif" alt="" /> <a href="article.php?storyid={s.id}">'
            f'{esc(s.title)}</a></td><td align="right" style="color: #888;">{_dmy(s)}</td></tr>'
            for s in others
        )
        others_html = (
            '<div class="tinkhac"><div class="tieude_tinkhac">Các tin khác</div>'
            f'<table width="100%" cellspacing="2">{rows}</table></div>'
        )
    center = f"""<div class="news-article">
<div style="padding: 3px; margin-right: 3px;">
<div class="item">
<div class="itemHead"><span class="itemTitle">{esc(story.title)}</span></div>
<div class="itemInfo">{_poster_line(story)}</div>
<div class="itemBody">{_topic_img(story)}<p class="itemText">{text}</p></div>
</div>
{nav}
{tools}
</div>
{others_html}
{_comments(story)}
</div>"""
    meta = next(b.text for b in story.blocks if isinstance(b, P))[:200]
    pagetitle = f"{story.title} - {TOPICS[tid][0]} - Tin tức"
    return html(page(request, pagetitle, topic_crumbs(tid), center, current=story, description=meta))


def print_view(request: Request) -> Response | None:
    try:
        story = BY_ID[int(request.params.get("storyid", ""))]
    except (KeyError, ValueError):
        return None
    host = base_url(request)
    y, m, d = story.opts["posted"].split()[0].split("/")
    body = hometext(story) + "".join("<br /><br />" + p for p in body_pages(story))
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(SITE)} - {esc(story.title)}</title>
<meta name="robots" content="noindex,nofollow" />
</head>
<body bgcolor="#ffffff" text="#000000" onload="window.print()">
<table border="0" style="font: 12px;"><tr><td>
<table border="0" width="640" cellpadding="0" cellspacing="1" bgcolor="#000000"><tr><td>
<table border="0" width="640" cellpadding="20" cellspacing="1" bgcolor="#ffffff"><tr><td align="center">
<img src="{THEME}/img/logo.png" border="0" alt="" /><br /><br />
<h3>{esc(story.title)}</h3>
<small><b>Ngày {int(d)}/{int(m)}/{y}</b>&nbsp;&nbsp;&nbsp;<b>Chủ đề:</b> {esc(TOPICS[story.opts["topic"]][0])}</small><br /><br /></td></tr>
<tr valign="top" style="font: 12px;"><td>{body}<br /></td></tr></table></td></tr></table>
<br /><br />Bài viết này được gửi từ {esc(SITE)}<br /><a href="{host}/">{host}/</a><br /><br />
Địa chỉ URL của bài viết là:<br /><a href="{host}/modules/news/article.php?storyid={story.id}">{host}/modules/news/article.php?storyid={story.id}</a>
</td></tr></table>
</body>
</html>"""
    return html(doc)


# --------------------------------------------------------------------------------------------
# the other modules (not articles)
# --------------------------------------------------------------------------------------------

CONTENT_PAGES = {
    "gioi-thieu": (
        "Giới thiệu chung",
        '<a name="lichsu"></a><p><b>1. Lịch sử nhà trường</b></p>'
        "<p>Trường THCS Nguyễn Du được thành lập năm 1966 trên quê hương Đại thi hào Nguyễn Du. Qua hơn "
        "60 năm xây dựng và trưởng thành, nhà trường đã nhiều lần được công nhận Tập thể lao động xuất "
        "sắc, đạt chuẩn quốc gia mức độ 2 năm 2019.</p>"
        "<p><b>2. Quy mô</b></p><p>Năm học 2026 - 2027, trường có 16 lớp với 598 học sinh; 46 cán bộ, "
        "giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn trình độ đào tạo.</p>"
        '<p style="text-align: center;"><img src="/uploads/content/toan_canh_truong.jpg" width="500" alt="" /></p>'
        "<p><b>3. Sứ mệnh</b></p><p>Xây dựng môi trường học tập thân thiện, kỷ cương, chất lượng, nơi mỗi "
        "học sinh đều có cơ hội phát triển toàn diện.</p>",
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        '<table border="1" cellpadding="4" cellspacing="0" width="100%">'
        "<tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>"
        "<tr><td>Nguyễn Văn Thắng</td><td>Bí thư Chi bộ, Hiệu trưởng</td><td>0912.468.xxx</td></tr>"
        "<tr><td>Trần Thị Lệ</td><td>Phó Hiệu trưởng</td><td>0983.215.xxx</td></tr>"
        "<tr><td>Lê Đình Sơn</td><td>Tổ trưởng tổ KHTN</td><td>0945.112.xxx</td></tr>"
        "<tr><td>Lê Thị Thu Hà</td><td>Tổ trưởng tổ KHXH</td><td>0916.700.xxx</td></tr>"
        "<tr><td>Hoàng Văn Lực</td><td>Tổng phụ trách Đội</td><td>0972.039.xxx</td></tr>"
        "<tr><td>Phan Thị Hằng</td><td>Tổ trưởng tổ Văn phòng</td><td>0868.554.xxx</td></tr>"
        "</table>",
    ),
}


def content_page(request: Request) -> Response | None:
    slug = request.params.get("page", "")
    if slug not in CONTENT_PAGES:
        return None
    title, body = CONTENT_PAGES[slug]
    center = (
        f'<div class="content_page"><div class="content_title">{esc(title)}</div>'
        f'<div class="content_body">{body}</div>'
        '<div class="content_info" style="font-size: 10px; color: #999;">Cập nhật: 12/09/2026</div></div>'
    )
    return html(page(request, title, [("/", "Trang chủ"), (None, title)], center))


def contact(request: Request) -> Response:
    center = (
        '<div class="lienhe"><div class="content_title">Liên hệ</div>'
        "<p><b>TRƯỜNG THCS NGUYỄN DU</b><br />Địa chỉ: Thị trấn Tiên Điền, huyện Nghi Xuân, tỉnh Hà Tĩnh"
        "<br />Điện thoại: 0239.3821.468<br />Email: c2nguyendu.nx@hatinh.edu.vn</p>"
        '<form name="contactform" action="/modules/contact/index.php" method="post">'
        '<table class="outer" cellspacing="1" width="100%">'
        '<tr><td class="head">Họ và tên</td><td class="even"><input type="text" name="usersName" size="30" /></td></tr>'
        '<tr><td class="head">Email</td><td class="even"><input type="text" name="usersEmail" size="30" /></td></tr>'
        '<tr><td class="head">Nội dung</td><td class="even"><textarea name="usersComments" rows="8" cols="40"></textarea></td></tr>'
        '<tr><td class="head"></td><td class="even"><input type="hidden" name="op" value="submit" />'
        '<input type="submit" value="Gửi liên hệ" /></td></tr></table></form></div>'
    )
    return html(page(request, "Liên hệ", [("/", "Trang chủ"), (None, "Liên hệ")], center))


DOWNLOADS = {
    17: (
        "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
        "45/KH-THCSND",
        "05/09/2026",
        "KH_nhiem_vu_nam_hoc_2026_2027.pdf",
        "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027 của Trường THCS Nguyễn Du.",
    ),
    18: (
        "Quy chế chi tiêu nội bộ năm 2026 (sửa đổi)",
        "52/QĐ-THCSND",
        "10/10/2026",
        "QC_chi_tieu_noi_bo_2026.pdf",
        "Quyết định ban hành Quy chế chi tiêu nội bộ sửa đổi, thông qua tại Hội nghị viên chức.",
    ),
}


def downloads_cat(request: Request) -> Response | None:
    if request.params.get("cid") != "2":
        return None
    rows = "".join(
        f'<tr><td class="even"><a href="singlefile.php?cid=2&amp;lid={lid}">{esc(d[0])}</a></td>'
        f'<td class="even">{d[1]}</td><td class="even">{d[2]}</td></tr>'
        for lid, d in sorted(DOWNLOADS.items(), reverse=True)
    )
    center = (
        '<div class="wfd_cat"><div class="content_title">Văn bản nhà trường</div>'
        '<table class="outer" width="100%" cellspacing="1"><tr><th>Trích yếu</th><th>Số hiệu</th>'
        f"<th>Ngày ban hành</th></tr>{rows}</table></div>"
    )
    crumbs = [("/", "Trang chủ"), (None, "Văn bản"), (None, "Văn bản nhà trường")]
    return html(page(request, "Văn bản nhà trường - Văn bản", crumbs, center))


def downloads_file(request: Request) -> Response | None:
    try:
        lid = int(request.params.get("lid", ""))
        d = DOWNLOADS[lid]
    except (KeyError, ValueError):
        return None
    if request.params.get("cid") != "2":
        return None
    center = (
        f'<div class="wfd_file"><div class="content_title">{esc(d[0])}</div>'
        '<table class="outer" width="100%" cellspacing="1">'
        f'<tr><td class="head" width="30%">Số hiệu</td><td class="even">{d[1]}</td></tr>'
        f'<tr><td class="head">Ngày ban hành</td><td class="even">{d[2]}</td></tr>'
        '<tr><td class="head">Cơ quan ban hành</td><td class="even">Trường THCS Nguyễn Du</td></tr>'
        f'<tr><td class="head">Trích yếu</td><td class="even">{esc(d[4])}</td></tr>'
        '<tr><td class="head">Kích thước</td><td class="even">245.6 KB</td></tr>'
        '<tr><td class="head">Lượt tải</td><td class="even">37</td></tr></table>'
        f'<p style="text-align: center;"><a href="visit.php?cid=2&amp;lid={lid}" target="_blank">'
        f'<img src="/modules/wfdownloads/images/icon/download.gif" alt="" /> Tải về</a></p></div>'
    )
    crumbs = [
        ("/", "Trang chủ"),
        ("/modules/wfdownloads/viewcat.php?cid=2", "Văn bản nhà trường"),
        (None, d[0]),
    ]
    return html(page(request, f"{d[0]} - Văn bản", crumbs, center))


ALBUM_PHOTOS = [f"/uploads/extgallery/public-photo/large/20-11-2026_{n:02d}.jpg" for n in range(1, 7)]


def gallery_index(request: Request) -> Response:
    center = (
        '<div class="extgallery"><div class="content_title">Thư viện ảnh</div>'
        '<table width="100%"><tr><td align="center">'
        '<a href="public-album.php?id=6"><img src="/uploads/extgallery/public-photo/thumb/20-11-2026_01.jpg" '
        'width="150" alt="" /><br />Kỷ niệm ngày Nhà giáo Việt Nam 20/11/2026</a><br />(6 ảnh)</td></tr></table></div>'
    )
    return html(page(request, "Thư viện ảnh", [("/", "Trang chủ"), (None, "Thư viện ảnh")], center))


def gallery_album(request: Request) -> Response | None:
    if request.params.get("id") != "6":
        return None
    cells = "".join(
        f'<td align="center"><a href="{src}" rel="lightbox[album6]">'
        f'<img src="{src.replace("/large/", "/thumb/")}" width="150" alt="" /></a></td>'
        + ("</tr><tr>" if n % 3 == 2 else "")
        for n, src in enumerate(ALBUM_PHOTOS)
    )
    center = (
        '<div class="extgallery"><div class="content_title">Kỷ niệm ngày Nhà giáo Việt Nam 20/11/2026</div>'
        "<p>Một số hình ảnh tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam của nhà trường.</p>"
        f'<table width="100%" cellspacing="5"><tr>{cells}</tr></table></div>'
    )
    crumbs = [("/", "Trang chủ"), ("/modules/extgallery/", "Thư viện ảnh"), (None, "Kỷ niệm 20/11/2026")]
    return html(page(request, "Kỷ niệm ngày Nhà giáo Việt Nam 20/11/2026 - Thư viện ảnh", crumbs, center))


def video_page(request: Request) -> Response | None:
    if request.params.get("lid") != "4":
        return None
    center = (
        '<div class="xoopstube"><div class="content_title">Văn nghệ chào mừng 20/11/2026</div>'
        '<iframe width="480" height="270" src="https://www.youtube.com/embed/q8WcK3zRr1E" '
        'frameborder="0" allowfullscreen></iframe>'
        "<p>Tiết mục múa “Bụi phấn” của học sinh lớp 8A.</p>"
        '<p style="font-size: 10px;">Ngày đăng: 21/11/2026 | Lượt xem: 233</p></div>'
    )
    crumbs = [("/", "Trang chủ"), (None, "Video clip")]
    return html(page(request, "Văn nghệ chào mừng 20/11/2026 - Video", crumbs, center))


def search_page(request: Request) -> Response:
    query = request.params.get("query", "").strip()
    found = ""
    if query:
        hits = [s for s in ORDERED if query.lower() in s.title.lower()]
        found = "".join(
            f'<li><a href="/modules/news/article.php?storyid={s.id}">{esc(s.title)}</a> ({_dmy(s)})</li>'
            for s in hits
        ) or "<li>Không tìm thấy kết quả nào.</li>"
        found = f"<ul>{found}</ul>"
    center = (
        '<div class="timkiem"><form action="/search.php" method="get">Từ khóa: '
        f'<input type="text" name="query" value="{esc(query)}" /> '
        '<input type="hidden" name="action" value="results" /><input type="submit" value="Tìm kiếm" />'
        f"</form>{found}</div>"
    )
    return html(page(request, "Tìm kiếm", [("/", "Trang chủ"), (None, "Tìm kiếm")], center))


# --------------------------------------------------------------------------------------------
# the site
# --------------------------------------------------------------------------------------------

_STATIC_PREFIXES = ("/uploads/", "/themes/", "/images/", "/libraries/", "/include/", "/modules/")
_PDF_PATHS = {
    "/uploads/news/TB_87_lich_kiem_tra_HKI.pdf",
    *(f"/uploads/wfdownloads/{d[3]}" for d in DOWNLOADS.values()),
}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php"):
            return redirect("/modules/news/")
        if path in ("/modules/news/", "/modules/news/index.php"):
            return news_index(request)
        if path == "/modules/news/article.php":
            return article(request)
        if path == "/modules/news/print.php":
            return print_view(request)
        if path == "/modules/content/content.php":
            return content_page(request)
        if path in ("/modules/contact/", "/modules/contact/index.php"):
            return contact(request)
        if path == "/modules/wfdownloads/viewcat.php":
            return downloads_cat(request)
        if path == "/modules/wfdownloads/singlefile.php":
            return downloads_file(request)
        if path == "/modules/wfdownloads/visit.php":
            try:
                return redirect(f"/uploads/wfdownloads/{DOWNLOADS[int(request.params.get('lid', ''))][3]}")
            except (KeyError, ValueError):
                return None
        if path == "/modules/wfdownloads/":
            return redirect("/modules/wfdownloads/viewcat.php?cid=2")
        if path in ("/modules/extgallery/", "/modules/extgallery/index.php"):
            return gallery_index(request)
        if path == "/modules/extgallery/public-album.php":
            return gallery_album(request)
        if path == "/modules/xoopstube/singlevideo.php":
            return video_page(request)
        if path == "/search.php":
            return search_page(request)
        if path in _PDF_PATHS:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.endswith(".xlsx") and path.startswith("/uploads/news/"):
            return Response(
                200,
                b"PK\x03\x04",
                {"Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
            )
        is_asset = path in ("/favicon.ico", "/icms.css") or path.startswith(_STATIC_PREFIXES)
        if is_asset and "." in path.rsplit("/", 1)[-1] and not path.endswith(".php"):
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


# --------------------------------------------------------------------------------------------
# gold
# --------------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    sid = story.id
    alts = [f"/modules/news/print.php?storyid={sid}"]
    for c in story.opts.get("comments", []):
        alts.append(
            f"/modules/news/article.php?storyid={sid}&com_id={c[0]}&com_rootid={c[0]}&com_mode=thread&com_order=0"
        )
    if story.opts.get("comments"):
        alts.append(f"/modules/news/article.php?com_mode=thread&com_order=0&storyid={sid}")
    if len(body_pages(story)) > 1:
        alts += [f"/modules/news/article.php?storyid={sid}&page=1", f"/modules/news/article.php?storyid={sid}&page=0"]
    if sid in (151, 139):
        alts.append(f"/modules/news/article.php?storyid={sid}&{SID}")
    return alts


GOLD = [
    gold_record(
        s,
        f"/modules/news/article.php?storyid={s.id}",
        TOPICS[s.opts["topic"]][0],
        alt_paths=_alt_paths(s),
    )
    for s in ORDERED
]

NON_ARTICLES = [
    "/modules/content/content.php?page=gioi-thieu",
    "/modules/content/content.php?page=co-cau-to-chuc",
    "/modules/contact/",
    "/modules/wfdownloads/singlefile.php?cid=2&lid=17",
    "/modules/wfdownloads/singlefile.php?cid=2&lid=18",
    "/modules/extgallery/",
    "/modules/extgallery/public-album.php?id=6",
    "/modules/xoopstube/singlevideo.php?lid=4",
]

