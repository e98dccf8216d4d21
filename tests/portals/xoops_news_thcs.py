"""XOOPS 2.5 + News 1.6x portal of a lower-secondary school (Trường THCS Chu Văn An, Đắk Lắk).

Platform
--------
XOOPS 2.5.x kept alive since 2009: the "thcs_cva_2009" theme of nested tables (banner row, a
horizontal drop-down menu, three columns ``td#cot_trai`` / ``td#cot_giua`` / ``td#cot_phai``)
whose blocks are ``div.xo-block`` wrappers around a vendor table ``table.kb_khung`` (title cell
``td.kb_tieude``, content cell ``td.kb_noidung``). The News module prints its own templates
(``div.news-article > div.item > div.itemHead / itemInfo / itemBody / itemFoot``) with the
old Vietnamese language pack: "Đăng bởi … vào ngày …", "lần đọc", "Đọc tiếp...", "bytes more"
left in English, and the core's default ``_DATESTRING`` "Y/n/j G:i:s" (``2026/12/4 10:20:00``).
XOOPS prints absolute URLs (``XOOPS_URL``) in the theme and blocks, relative ones in the module
templates. No ``rel=canonical``, no og: tags.

URL scheme
----------
- ``/``                                                   home: centre blocks (spotlight, topic blocks)
- ``/modules/news/`` = ``/modules/news/index.php``        all stories, 5 a page, ``?start=5``, ``?start=10``
- ``/modules/news/index.php?storytopic=N[&start=5]``      a topic's stories (XoopsPageNav, ``start=`` offsets)
- ``/modules/news/article.php?storyid=N``                 a story (gold path)
- ``/modules/news/article.php?storyid=N&page=1``          second page of a story split by ``[pagebreak]``
- ``/modules/news/print.php?storyid=N``                   print view (same story)
- ``/modules/news/archive.php[?year=2026&month=M]``       archive by month
- ``/search.php?query=…&action=results``                  core search; results link ``article.php?storyid=N&keywords=…``
- ``/backend.php``                                        RSS of the 10 newest stories
- ``/modules/tinycontent/index.php?id=1|2``               intro / organisation (not articles)
- ``/modules/contact/``                                   contact form (not an article)
- ``/modules/wfdownloads/viewcat.php?cid=2``, ``singlefile.php?cid=2&lid=N``   documents
- ``/modules/extgallery/public-album.php?id=3``           photo album
- ``/modules/xoopstube/singlevideo.php?cid=1&lid=4``      video page
- ``/userinfo.php?uid=N``                                 poster profile: a redirect_header page (no rights)

Page templates
--------------
Home (spotlight block: newest story with its hometext and 4 more titles; "Hoạt động chuyên
môn" and "Thông báo" blocks), news index / topic listing (``news_item``: "Topic: Title", poster
line, topic image, hometext, "Đọc tiếp... | N bytes more | N bình luận"), article (breadcrumb,
``itemTitle`` "Topic: Title", poster line, topic image, optional story picture, ``itemText``
holding hometext ``<br /><br />`` bodytext, attachments, tool links, "Các tin khác" summary
table, comment navigation form and comments), print view (the old table print template),
archive (month list, then a table of the month's stories).

How each gold article is reached
--------------------------------
Stories by date, newest first (5 per index page):
index page 1 (``/modules/news/``): 742, 738, 740, 736, 733;
page 2 (``?start=5``): 731, 729, 725, 727, 721; page 3 (``?start=10``): 719, 715, 712.
Topic 1 "Tin tức - Sự kiện" (742, 738, 731, 725, 719 | page 2: 712), topic 2 "Hoạt động
chuyên môn" (736, 729, 721, 715), topic 3 "Thông báo" (740, 727), topic 4 "Công tác Đội" (733).
The home page, the "Tin mới" / "Tin xem nhiều" blocks and the RSS reach only the newer ones;
"Các tin khác" lists the 4 newest other stories of the topic, so story 712 is reached only from
``index.php?storytopic=1&start=5``, ``index.php?start=10`` or ``archive.php?year=2026&month=10``.
A walk of every link and GET form fetches 70 pages, 54 without the print views and downloads.

Traps
-----
1. Headline printed "Topic: Title": ``span.itemTitle`` holds the topic link, a colon and the
   title; ``<title>`` is "Title - Topic - Site". Gold title: the story title alone.
2. XOOPS's untranslated date format "Y/n/j G:i:s" (year first, month and day unpadded, 24 h)
   inside "Đăng bởi quantri vào ngày 2026/12/4 10:20:00 (245 lần đọc)"; a story posted at
   "2026/10/17 0:00:00" is a day without a time (gold "2026-10-17"). Comment dates, the
   "Các tin khác" table and the header's "Thứ Bảy, 05/12/2026" are not publication dates.
3. hometext and bodytext glued in one ``div.itemText`` with ``<br /><br />``: the sapo is no
   element of its own; it is bold in some stories (gold summary = it) and plain in others
   (summary null, still the first body paragraph). The listings print the hometext too, with
   "Đọc tiếp..." and "2345 bytes more".
4. Images that are not photos: the topic image (``/modules/news/images/topics/…``, linked to the
   topic listing) at the head of every story and XOOPS smileys (``/uploads/smil….gif``) inside
   the text; the story picture (``/uploads/news/image/…``) printed before the text is the
   article's photo, its "pictureinfo" only in ``alt`` (gold caption null).
5. Duplicates of a story: ``print.php?storyid=N``; search results linking
   ``article.php?storyid=N&keywords=…`` (words wrapped in ``span.highlight``); comment
   permalinks ``article.php?storyid=731&com_id=16&com_rootid=15&com_mode=thread&com_order=0``
   and the comment-navigation GET form (``com_mode`` / ``com_order`` / ``storyid``); the
   ``[pagebreak]`` page links ``&page=0`` / ``&page=1``. Gold: one record, the others in alt_paths.
6. A story split by ``[pagebreak]`` (736): its second page (``&page=1``, "Trang: « 1 (2)")
   carries the rest of the text, a photo and the byline. Gold body = both pages in order,
   images of both pages; the print view prints the whole text.
7. Comments in thread mode under story 731 (guest names, "2026/11/20 19:42", texts of their
   own) inside ``div.news-article``: not body, not authors, not dates.
8. A story typed in a plain textarea with XOOPS auto line breaks (``dobr``, 712): no ``<p>`` at
   all, lines ended by ``<br />``, paragraphs by an empty ``<br />``. Gold: every line is a
   paragraph (a ``<br>`` splits).
9. FCKeditor's entity option (715): the text is all ``&agrave;`` / ``&#7899;`` references inside
   ``<span style="font-family: Times New Roman;">``. Gold: the decoded NFC text.
10. An official notice (740) printed inside the story: letterhead table, "Số: 87/TB-THCSCVA",
   "Krông Pắc, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", the schedule table,
   "Nơi nhận" and "HIỆU TRƯỞNG … Trần Đình Khoa"; an attachment line "Tệp đính kèm" under it.
   Gold: date 2026-11-30 (not the poster line's 2026/12/2 7:30:00), author Trần Đình Khoa,
   body = the lead, the notice's paragraphs and table rows only.
11. Bylines of every shape at the end of the text: right-aligned name, "Tin: X (GV Thể dục) -
    Ảnh: Y", "Tin, ảnh: X - TPT Đội", "ThS. X - Tổ trưởng tổ Toán - Tin", a unit ("Tổ Ngữ văn"),
    "Người viết: X", "BBT", a reprint "(Theo Báo Đắk Lắk điện tử)". The poster accounts
    ("quantri", "maianh_cva") are CMS accounts: nobody.
12. Chrome that reads like content: the "Thông báo" marquee block, the home spotlight with a
    full hometext, the "Lời hay ý đẹp" quotation block, the video page with a date and a
    description, the intro page's long history text.

Gold decisions on ambiguous points
----------------------------------
- The story picture's ``alt`` ("pictureinfo") is not a printed line: caption null.
- A photo line "Ảnh: Hoàng Anh" is a credit: caption null, Hoàng Anh is a photographer.
- "(Theo Báo Đắk Lắk điện tử)" in parentheses right-aligned at the end: source "Báo Đắk Lắk
  điện tử"; the name above it is the author.
- The ``[pagebreak]`` story's ``&page=0`` and ``&page=1`` URLs are alt paths of the story (the
  page=1 URL serves the same story, continued); its gold body is the whole text.
- Footnotes (721): the bracket call "[1]" stays in its sentence; the bare superscript "2"
  linking to note 2 is no text; the "Tài liệu tham khảo" heading and entries are body.
- The letterhead notice's lead sentence (hometext, before the letterhead) is body.
- A title's emoji (725, "🌱") is kept; a smiley image in the text is neither text nor image.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, entity_mix, esc, gold_record
from tests.portals._common import static_file as _static

NAME = "xoops_news_thcs"
PLATFORM = "XOOPS 2.5 + News module"
START_PATH = "/"

SITE = "Trường THCS Chu Văn An"
TODAY = "Thứ Bảy, 05/12/2026"
NEWS = "/modules/news/"
PER_PAGE = 5

TOPICS: dict[int, tuple[str, str]] = {
    1: ("Tin tức - Sự kiện", "tintuc.gif"),
    2: ("Hoạt động chuyên môn", "chuyenmon.gif"),
    3: ("Thông báo", "thongbao.gif"),
    4: ("Công tác Đội", "doi.gif"),
}
POSTERS = {"quantri": 1, "maianh_cva": 7, "thanhtung": 12}

HOME_END = Raw("<!--hometext-->")
PAGEBREAK = Raw("[pagebreak]")
SMILEY = '<img src="/uploads/smil3dbd4d6422f04.gif" alt=":)" />'


def art(sid: int) -> str:
    return f"{NEWS}article.php?storyid={sid}"


def _ps(text: str) -> list[str]:
    return [t for t in text.split("\n") if t.strip()]


def _story(
    sid: int,
    title: str,
    topic: int,
    posted: str,
    gold_date: str | None,
    blocks: list,
    *,
    views: int,
    poster: str = "quantri",
    authors: tuple[str, ...] = (),
    photographers: tuple[str, ...] = (),
    source: str | None = None,
    bold_lead: bool = False,
    **opts,
) -> Story:
    first = next(b for b in blocks if isinstance(b, P))
    return Story(
        id=sid,
        slug=f"storyid-{sid}",
        title=title,
        cat=TOPICS[topic][0],
        published_at=gold_date,
        blocks=blocks,
        authors=list(authors),
        photographers=list(photographers),
        source=source,
        summary=first.text if bold_lead else None,
        opts={"topic": topic, "posted": posted, "poster": poster, "views": views, "bold_lead": bold_lead, **opts},
    )


_RIGHT = '<p style="text-align: right;">{}</p>'

STORIES: list[Story] = [
    _story(
        742,
        "Hội thi “Rung chuông vàng” khối 9 năm học 2026 - 2027",
        1,
        "2026/12/4 10:20:00",
        "2026-12-04T10:20:00+07:00",
        [
            P(
                "Sáng ngày 04/12/2026, Liên đội Trường THCS Chu Văn An phối hợp với Tổ Khoa học xã hội tổ chức "
                "Hội thi “Rung chuông vàng” dành cho học sinh khối 9 với chủ đề “Tự hào truyền thống quê hương "
                "Đắk Lắk”."
            ),
            HOME_END,
            P(
                "Tham dự hội thi có 100 thí sinh là những học sinh tiêu biểu được chọn từ 8 lớp, từ lớp 9A1 đến "
                "lớp 9A8. Các câu hỏi thuộc nhiều lĩnh vực: lịch sử, địa lí, văn hóa các dân tộc Tây Nguyên, an "
                "toàn giao thông và kiến thức chương trình lớp 9.",
                "j",
            ),
            Img(
                "/uploads/fckeditor/image/2026/12/rcv_01.jpg",
                "Toàn cảnh Hội thi “Rung chuông vàng” khối 9",
                "Toàn cảnh Hội thi “Rung chuông vàng” khối 9",
                "next",
            ),
            P(
                "Hội thi diễn ra sôi nổi, hấp dẫn qua 25 câu hỏi. Sau mỗi câu hỏi, các cổ động viên lại hồi hộp "
                "dõi theo từng tấm bảng giơ lên. Ở câu hỏi thứ 15, Ban tổ chức đã dùng quyền cứu trợ đưa 20 thí "
                "sinh trở lại sàn thi.",
                "j",
            ),
            P(
                "Kết thúc hội thi, em Y Thanh Niê, học sinh lớp 9A3 đã xuất sắc vượt qua câu hỏi cuối cùng và "
                "rung được chuông vàng. Ban tổ chức cũng trao giải cho 5 thí sinh trụ lại lâu nhất và 2 tập thể "
                "lớp cổ vũ nhiệt tình nhất.",
                "j",
            ),
            Img(
                "/uploads/fckeditor/image/2026/12/rcv_02.jpg",
                "Thầy Trần Đình Khoa, Hiệu trưởng nhà trường trao giải cho em Y Thanh Niê",
                "Thầy Trần Đình Khoa, Hiệu trưởng nhà trường trao giải cho em Y Thanh Niê",
                "next",
            ),
            P(
                "Hội thi là sân chơi bổ ích, giúp các em củng cố kiến thức, rèn luyện bản lĩnh và tinh thần đoàn "
                "kết, đồng thời là hoạt động thiết thực chào mừng kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân "
                "Việt Nam (22/12/1944 - 22/12/2026).",
                "j",
            ),
            Raw(_RIGHT.format("<strong>Đoàn Thị Mai Anh</strong>")),
        ],
        views=245,
        poster="maianh_cva",
        authors=("Đoàn Thị Mai Anh",),
        keywords="rung chuông vàng",
    ),
    _story(
        738,
        "Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027 thành công tốt đẹp",
        1,
        "2026/12/3 16:45:00",
        "2026-12-03T16:45:00+07:00",
        [
            P(
                "Trong hai ngày 01 và 02/12/2026, Trường THCS Chu Văn An tổ chức Hội khỏe Phù Đổng cấp trường năm "
                "học 2026 - 2027 với sự tham gia của gần 400 vận động viên là học sinh của 32 lớp.",
                "b",
            ),
            HOME_END,
            P(
                "Hội khỏe năm nay gồm 6 môn thi đấu: điền kinh, bóng đá nam, bóng chuyền, cầu lông, đá cầu và cờ "
                "vua. Các nội dung được tổ chức tại sân trường và Nhà văn hóa xã Krông Pắc."
            ),
            Img(
                "/uploads/fckeditor/image/2026/12/hkpd_01.jpg",
                "Các vận động viên tham gia lễ khai mạc",
                "Các vận động viên tham gia lễ khai mạc",
                "tbl",
            ),
            P(
                "Phát biểu khai mạc, thầy Trần Đình Khoa, Hiệu trưởng nhà trường nhấn mạnh: Hội khỏe Phù Đổng là "
                "dịp để các em rèn luyện thể chất, phát huy tinh thần thượng võ, đồng thời tuyển chọn những vận "
                "động viên xuất sắc tham gia Hội khỏe Phù Đổng cấp tỉnh."
            ),
            Img(
                "/uploads/fckeditor/image/2026/12/hkpd_02.jpg",
                "(Trận chung kết bóng đá nam giữa lớp 9A2 và lớp 8A5)",
                "Trận chung kết bóng đá nam giữa lớp 9A2 và lớp 8A5",
                "tbl",
            ),
            P(
                "Sau hai ngày thi đấu sôi nổi, Ban tổ chức đã trao 48 huy chương vàng, 48 huy chương bạc và 62 huy "
                "chương đồng cho các vận động viên. Kết quả toàn đoàn như sau:"
            ),
            P("Giải Nhất: lớp 9A2", "li"),
            P("Giải Nhì: lớp 8A5", "li"),
            P("Giải Ba: lớp 9A6 và lớp 7A1", "li"),
            Img(
                "/uploads/fckeditor/image/2026/12/hkpd_03.jpg",
                "Ban tổ chức trao cờ cho các tập thể lớp đạt giải toàn đoàn",
                "Ban tổ chức trao cờ cho các tập thể lớp đạt giải toàn đoàn",
                "tbl",
            ),
            Raw(_RIGHT.format("<em>Tin: Lê Văn Hùng (GV Thể dục) - Ảnh: Nguyễn Thảo</em>")),
        ],
        views=987,
        authors=("Lê Văn Hùng",),
        photographers=("Nguyễn Thảo",),
        bold_lead=True,
    ),
    _story(
        740,
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        3,
        "2026/12/2 7:30:00",
        "2026-11-30",
        [
            P(
                "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 để giáo viên, học sinh và "
                "cha mẹ học sinh biết và thực hiện."
            ),
            HOME_END,
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>\n'
                '<td style="text-align: center; width: 40%;">UBND XÃ KRÔNG PẮC<br />'
                "<strong>TRƯỜNG THCS CHU VĂN AN</strong><br />--------</td>\n"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />'
                "Độc lập - Tự do - Hạnh phúc</strong><br />---------------</td></tr>\n"
                '<tr><td style="text-align: center;">Số: 87/TB-THCSCVA</td>\n'
                '<td style="text-align: center;"><em>Krông Pắc, ngày 30 tháng 11 năm 2026</em></td></tr>'
                "</tbody></table>\n"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
                "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 45/KH-THCSCVA ngày 05/9/2026 của Trường THCS Chu Văn An về thực hiện nhiệm vụ "
                "năm học 2026 - 2027;",
                "j",
            ),
            P(
                "Căn cứ kế hoạch kiểm tra, đánh giá định kỳ đã được Hội đồng sư phạm thông qua, nhà trường thông "
                "báo lịch kiểm tra cuối học kỳ I như sau:",
                "j",
            ),
            P("1. Thời gian kiểm tra", "bi"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("21/12/2026 | Chiều | Lịch sử và Địa lí | 60 phút", "tr"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("22/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "tr"),
            P("23/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P("2. Tổ chức thực hiện", "bi"),
            P(
                "- Các tổ chuyên môn hoàn thành ma trận, đề kiểm tra và đáp án, nộp về Phó Hiệu trưởng phụ trách "
                "chuyên môn trước ngày 15/12/2026.",
                "j",
            ),
            P(
                "- Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; nhắc nhở học sinh "
                "có mặt trước giờ kiểm tra 15 phút.",
                "j",
            ),
            P(
                "- Các môn đánh giá bằng nhận xét (Giáo dục thể chất, Nghệ thuật, Hoạt động trải nghiệm, hướng "
                "nghiệp) do giáo viên bộ môn tự tổ chức kiểm tra trong tuần 16.",
                "j",
            ),
            P("Nhận được thông báo này, đề nghị các bộ phận, cá nhân nghiêm túc thực hiện./.", "j"),
            Raw(
                '<table border="0" style="width: 100%;"><tbody><tr>\n'
                '<td style="vertical-align: top; width: 50%;"><strong><em>Nơi nhận:</em></strong><br />\n'
                "- CB, GV, NV (t/h);<br />\n- Đăng website trường;<br />\n- Lưu: VT.</td>\n"
                '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br />\n'
                "<br />\n<em>(đã ký)</em><br />\n<br />\n<strong>Trần Đình Khoa</strong></td></tr></tbody></table>"
            ),
        ],
        views=876,
        authors=("Trần Đình Khoa",),
        attachment=(31, "lich-kiem-tra-HKI-2026-2027.pdf", "86.2 KB", 41),
    ),
    _story(
        736,
        "Chuyên đề: Dạy học văn bản nghị luận trong chương trình Ngữ văn 8 theo hướng phát triển năng lực",
        2,
        "2026/11/28 15:05:00",
        "2026-11-28T15:05:00+07:00",
        [
            P(
                "Chiều ngày 27/11/2026, Tổ Ngữ văn Trường THCS Chu Văn An tổ chức sinh hoạt chuyên đề “Dạy học văn "
                "bản nghị luận trong chương trình Ngữ văn 8 theo hướng phát triển năng lực” với sự tham dự của Ban "
                "giám hiệu và giáo viên các tổ chuyên môn.",
                "b",
            ),
            HOME_END,
            P(
                "Chuyên đề được xây dựng từ thực tế giảng dạy Chương trình giáo dục phổ thông 2018 ở khối 8, khi "
                "nhiều học sinh còn lúng túng trong việc nhận diện luận đề, luận điểm và cách người viết trình bày "
                "lí lẽ, bằng chứng.",
                "j",
            ),
            P("1. Mục tiêu của chuyên đề", "bi"),
            P("Giúp giáo viên thống nhất quy trình đọc hiểu văn bản nghị luận theo đặc trưng thể loại.", "li"),
            P(
                "Hình thành cho học sinh kĩ năng tìm luận đề, luận điểm và đánh giá tính thuyết phục của lí lẽ, "
                "bằng chứng.",
                "li",
            ),
            P("Tăng cường các hoạt động thảo luận nhóm, tranh biện nhỏ trong giờ học.", "li"),
            P(
                "Cô Lê Thị Hồng Nhung trình bày phần lí thuyết, phân tích những điểm mới trong yêu cầu cần đạt của "
                "chương trình và giới thiệu hệ thống phiếu học tập dùng cho từng bước của tiết đọc hiểu.",
                "j",
            ),
            PAGEBREAK,
            P("2. Tiết dạy minh họa", "bi"),
            P(
                "Tiết dạy minh họa bài “Chiếu dời đô” (Lý Công Uẩn) do cô Nguyễn Thị Thanh Hương thực hiện tại lớp "
                "8A3. Học sinh làm việc theo nhóm với sơ đồ luận điểm, sau đó tranh biện về những lí do dời đô mà "
                "tác giả đưa ra.",
                "j",
            ),
            Img(
                "/uploads/fckeditor/image/2026/11/chuyende_nv8.jpg",
                "Học sinh lớp 8A3 tranh biện trong tiết dạy minh họa",
                "Học sinh lớp 8A3 tranh biện trong tiết dạy minh họa",
                "next",
            ),
            P(
                "Sau tiết dạy, các thầy cô đã thảo luận sôi nổi, góp ý về cách tổ chức hoạt động, thời lượng dành "
                "cho phần luyện tập và cách đánh giá sản phẩm nhóm của học sinh.",
                "j",
            ),
            P(
                "Kết thúc chuyên đề, đồng chí Phó Hiệu trưởng ghi nhận sự chuẩn bị công phu của Tổ Ngữ văn và đề "
                "nghị các tổ chuyên môn tiếp tục đổi mới sinh hoạt chuyên môn theo hướng nghiên cứu bài học.",
                "j",
            ),
            Raw(_RIGHT.format("<strong><em>Tổ Ngữ văn</em></strong>")),
        ],
        views=598,
        poster="thanhtung",
        authors=("Tổ Ngữ văn",),
        bold_lead=True,
    ),
    _story(
        733,
        "Đại hội Liên đội nhiệm kỳ 2026 - 2027",
        4,
        "2026/11/22 9:12:00",
        "2026-11-22T09:12:00+07:00",
        [
            Img("/uploads/news/image/daihoi_liendoi_2026.jpg", None, None, "pic"),
            P(
                "Sáng 21/11/2026, Liên đội Trường THCS Chu Văn An long trọng tổ chức Đại hội Liên đội nhiệm kỳ "
                "2026 - 2027. Về dự Đại hội có đại diện Ban giám hiệu, Chi đoàn giáo viên cùng 96 đại biểu là chỉ "
                "huy các chi đội."
            ),
            HOME_END,
            P(
                "Đại hội đã nghe báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm kỳ 2025 - 2026. Trong "
                "năm qua, Liên đội duy trì tốt các phong trào “Kế hoạch nhỏ”, “Nuôi heo đất”, “Áo ấm tặng bạn”, "
                "quyên góp được hơn 12 triệu đồng giúp đỡ các bạn có hoàn cảnh khó khăn.",
                "div",
            ),
            P(
                "Các đại biểu đã thảo luận, đóng góp ý kiến vào phương hướng hoạt động nhiệm kỳ mới, tập trung vào "
                "xây dựng tình bạn đẹp, nói không với bạo lực học đường và thực hiện văn hóa ứng xử trong trường "
                "học.",
                "div",
            ),
            Img("/uploads/fckeditor/image/2026/11/bch_liendoi.jpg", None, None, "bare"),
            P(
                "Đại hội đã bầu Ban Chỉ huy Liên đội nhiệm kỳ 2026 - 2027 gồm 11 bạn; em Nguyễn Ngọc Bảo Trân, lớp "
                "9A1 được tín nhiệm bầu làm Liên đội trưởng.",
                "div",
            ),
            Raw('<div style="text-align: right;">Tin, ảnh: <strong>Hồ Thị Ngọc Trâm - TPT Đội</strong></div>'),
        ],
        views=431,
        poster="thanhtung",
        authors=("Hồ Thị Ngọc Trâm",),
        photographers=("Hồ Thị Ngọc Trâm",),
        pictureinfo="Đoàn chủ tịch điều hành Đại hội",
    ),
    _story(
        731,
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        1,
        "2026/11/20 8:00:00",
        "2026-11-20T08:00:00+07:00",
        [
            P(
                "Sáng ngày 19/11/2026, Trường THCS Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
                "Việt Nam (20/11/1982 - 20/11/2026) và tổng kết phong trào thi đua “Hai tốt” đợt 1.",
                "b",
            ),
            HOME_END,
            P(
                "Đến dự buổi lễ có ông Y Bhin Mlô, Phó Chủ tịch UBND xã Krông Pắc; đại diện Ban đại diện cha mẹ học "
                "sinh cùng đông đảo các thế hệ thầy cô giáo đã nghỉ hưu và cựu học sinh của trường.",
                "j",
            ),
            Img(
                "/uploads/fckeditor/image/2026/11/2011_01.jpg",
                "(Tiết mục văn nghệ chào mừng của học sinh lớp 8A1)",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8A1",
                "brc",
            ),
            P(
                "Ôn lại truyền thống vẻ vang của Ngày Nhà giáo Việt Nam, thầy Hiệu trưởng Trần Đình Khoa điểm lại "
                "những kết quả nổi bật của nhà trường trong năm học 2025 - 2026: tỉ lệ học sinh tốt nghiệp THCS đạt "
                "99,6%; 27 học sinh đạt giải học sinh giỏi cấp tỉnh; nhà trường được công nhận đạt kiểm định chất "
                "lượng giáo dục cấp độ 3.",
                "j",
            ),
            P(
                "“Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh noi theo”.",
                "q",
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 15 giáo viên có thành tích xuất sắc trong phong trào thi "
                "đua “Hai tốt” đợt 1 và trao 20 suất quà cho các thầy cô giáo hưu trí.",
                "j",
            ),
            Img(
                "/uploads/fckeditor/image/2026/11/2011_02.jpg",
                "(Lãnh đạo địa phương tặng hoa chúc mừng tập thể giáo viên nhà trường)",
                "Lãnh đạo địa phương tặng hoa chúc mừng tập thể giáo viên nhà trường",
                "brc",
            ),
            P(
                "Buổi lễ khép lại trong không khí ấm áp, xúc động với những tiết mục văn nghệ đặc sắc do chính các "
                "em học sinh dàn dựng để tri ân thầy cô.",
                "j",
            ),
            Raw(_RIGHT.format("<strong>BBT</strong>")),
        ],
        views=1254,
        comments=True,
        bold_lead=True,
    ),
    _story(
        729,
        "Hội thi giáo viên dạy giỏi cấp trường: 18 giáo viên đạt danh hiệu",
        2,
        "2026/11/15 14:30:00",
        "2026-11-15T14:30:00+07:00",
        [
            P(
                "Từ ngày 26/10 đến ngày 13/11/2026, Trường THCS Chu Văn An tổ chức Hội thi giáo viên dạy giỏi cấp "
                "trường năm học 2026 - 2027 với 22 giáo viên tham gia."
            ),
            HOME_END,
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy (một tiết bốc thăm, một tiết tự chọn) và trình bày "
                "biện pháp nâng cao chất lượng giảng dạy bộ môn. Ban giám khảo gồm Ban giám hiệu và các tổ trưởng "
                "chuyên môn.",
                "tnr",
            ),
            P(
                "Kết quả, 18 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp trường. Danh sách các giáo "
                "viên đạt điểm cao nhất:",
                "tnr",
            ),
            P("TT | Họ và tên | Môn | Xếp loại", "th"),
            P("1 | Nguyễn Thị Thanh Hương | Ngữ văn | Giỏi", "tr"),
            P("2 | Phạm Văn Dũng | Toán | Giỏi", "tr"),
            P("3 | H’Ngân Byă | Tiếng Anh | Giỏi", "tr"),
            P("4 | Lê Quang Vinh | Khoa học tự nhiên | Giỏi", "tr"),
            P(
                "Hội thi là dịp để giáo viên trao đổi, học hỏi kinh nghiệm, đồng thời là cơ sở để nhà trường lựa "
                "chọn giáo viên tham gia Hội thi giáo viên dạy giỏi cấp tỉnh.",
                "tnr",
            ),
            Raw(_RIGHT.format("<em>Nguyễn Văn Thắng - P.HT</em>")),
        ],
        views=512,
        poster="thanhtung",
        authors=("Nguyễn Văn Thắng",),
    ),
    _story(
        725,
        "Học sinh hào hứng với Ngày hội “Sống xanh – Vì môi trường” 🌱",
        1,
        "2026/11/8 9:05:00",
        "2026-11-08T09:05:00+07:00",
        [
            P(
                "Hưởng ứng phong trào chống rác thải nhựa, ngày 07/11/2026, Liên đội Trường THCS Chu Văn An tổ chức "
                "Ngày hội “Sống xanh – Vì môi trường” thu hút hơn 900 học sinh tham gia."
            ),
            HOME_END,
            P(
                "Tại ngày hội, mỗi chi đội mang đến một gian trưng bày sản phẩm tái chế từ chai nhựa, vỏ hộp sữa, "
                "giấy vụn. Nhiều sản phẩm độc đáo như chậu cây, đèn lồng, mô hình nhà dài Ê Đê được các bạn làm rất "
                "công phu."
            ),
            Img(
                "/uploads/fckeditor/image/2026/11/songxanh_01.jpg",
                "Gian trưng bày sản phẩm tái chế của Chi đội 7A3",
                "Gian trưng bày sản phẩm tái chế của Chi đội 7A3",
                "next",
            ),
            P(
                "Bên cạnh đó, các em còn tham gia đổi giấy vụn lấy cây xanh, thi tìm hiểu về phân loại rác tại nguồn "
                "và trồng thêm 50 cây xanh quanh khu vực sân thể dục."
            ),
            P(
                "Ngày hội đã kết thúc nhưng “thói quen xanh” sẽ còn ở lại với mỗi bạn học sinh. Hãy cùng nhau giữ "
                "gìn trường lớp xanh - sạch - đẹp nhé các bạn! 💚",
                "smile",
            ),
            Raw(_RIGHT.format("<em>Tin: Hồ Thị Ngọc Trâm</em>")),
        ],
        views=654,
        poster="thanhtung",
        authors=("Hồ Thị Ngọc Trâm",),
    ),
    _story(
        727,
        "Thông báo cho học sinh nghỉ học để phòng, tránh bão số 13",
        3,
        "2026/11/6 7:10:00",
        "2026-11-06T07:10:00+07:00",
        [
            P(
                "Thực hiện Công điện khẩn của UBND tỉnh Đắk Lắk về việc chủ động ứng phó với bão số 13, Trường THCS "
                "Chu Văn An thông báo cho toàn thể học sinh nghỉ học ngày 06/11/2026 (thứ Sáu)."
            ),
            HOME_END,
            P("Học sinh đi học trở lại từ thứ Hai, ngày 09/11/2026. Trong thời gian nghỉ, đề nghị cha mẹ học sinh:"),
            P(
                "- Quản lý chặt chẽ con em, không để các em tắm sông, suối, ao, hồ hoặc đi qua các đoạn đường ngập "
                "nước;",
                "br",
            ),
            P(
                "- Theo dõi thông tin trên nhóm Zalo của lớp và ứng dụng eNetViet để nhận thông báo mới nhất của nhà "
                "trường;",
                "br",
            ),
            P("- Nhắc nhở các em tự ôn tập theo hướng dẫn của giáo viên bộ môn.", "br"),
            P(
                "Cán bộ, giáo viên, nhân viên thực hiện trực phòng chống bão theo lịch phân công của nhà trường. Mọi "
                "thông tin cần trao đổi xin liên hệ thầy Nguyễn Văn Thắng, Phó Hiệu trưởng, số điện thoại "
                "0905 318 264."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="https://daklak.gov.vn/cong-dien-khan-ung-pho-bao-so-13" '
                'target="_blank">Công điện khẩn của UBND tỉnh về ứng phó với bão số 13</a></em></p>'
            ),
        ],
        views=702,
    ),
    _story(
        721,
        "Sinh hoạt chuyên môn theo nghiên cứu bài học tại tổ Toán - Tin",
        2,
        "2026/10/29 16:20:00",
        "2026-10-29T16:20:00+07:00",
        [
            P(
                "Ngày 28/10/2026, tổ Toán - Tin tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với tiết "
                "dạy “Hình thang cân” (Toán 8) tại lớp 8A2."
            ),
            HOME_END,
            P(
                "Khác với cách dự giờ truyền thống, sinh hoạt chuyên môn theo nghiên cứu bài học tập trung quan sát "
                "hoạt động học của học sinh thay vì đánh giá, xếp loại tiết dạy của giáo viên, theo đúng tinh thần "
                "Công văn 5512/BGDĐT-GDTrH.[1]",
                "j",
            ),
            P(
                "Các giáo viên dự giờ được phân công quan sát từng nhóm học sinh, ghi chép lại những biểu hiện, khó "
                "khăn và cách các em giải quyết nhiệm vụ. Đây là cách làm được nhiều trường áp dụng theo gợi ý của "
                "giáo sư Sato Manabu.",
                "sup2",
            ),
            Img("/uploads/fckeditor/image/2026/10/shcm_toan.jpg", None, None, "bare"),
            P(
                "Trong phần thảo luận, các thầy cô đã chỉ ra thời điểm học sinh gặp khó khăn khi chứng minh hai "
                "đường chéo của hình thang cân bằng nhau và đề xuất điều chỉnh phiếu học tập cho phù hợp hơn.",
                "j",
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Phạm Văn Dũng</strong><br />\n'
                "<em>Tổ trưởng tổ Toán - Tin</em></p>\n<hr align=\"left\" size=\"1\" width=\"33%\" />"
            ),
            P("Tài liệu tham khảo", "bi"),
            P(
                "[1] Bộ Giáo dục và Đào tạo (2020), Công văn số 5512/BGDĐT-GDTrH ngày 18/12/2020 về việc xây dựng và "
                "tổ chức thực hiện kế hoạch giáo dục của nhà trường.",
                "small",
            ),
            P(
                "2. Sato Manabu (2015), Nghiên cứu bài học – Cách thức đổi mới sinh hoạt chuyên môn, NXB Giáo dục "
                "Việt Nam.",
                "ftn2",
            ),
        ],
        views=377,
        poster="thanhtung",
        authors=("Phạm Văn Dũng",),
    ),
    _story(
        719,
        "Trao học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn",
        1,
        "2026/10/24 10:45:00",
        "2026-10-24T10:45:00+07:00",
        [
            P(
                "Ngày 23/10/2026, Báo Đắk Lắk phối hợp với Công ty cổ phần Cà phê Tây Nguyên trao 15 suất học bổng "
                "“Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập tại Trường THCS "
                "Chu Văn An."
            ),
            HOME_END,
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng cùng một chiếc xe đạp và bộ sách giáo khoa. Các em nhận học "
                "bổng đều là học sinh thuộc hộ nghèo, cận nghèo, nhiều em mồ côi cha hoặc mẹ nhưng luôn nỗ lực đạt "
                "danh hiệu học sinh giỏi.",
                "j",
            ),
            Img("/uploads/fckeditor/image/2026/10/hocbong_2026.jpg", "Ảnh: Hoàng Anh", None, "next"),
            P(
                "Em H’Yến Niê, lớp 9A4 xúc động chia sẻ: “Em cảm ơn các cô chú đã tiếp thêm động lực để em tiếp tục "
                "đến trường. Em sẽ cố gắng học thật giỏi để sau này trở thành cô giáo dạy ở buôn mình”.",
                "j",
            ),
            P(
                "Theo thầy Trần Đình Khoa, Hiệu trưởng nhà trường, năm học này trường có 87 học sinh thuộc hộ nghèo "
                "và cận nghèo; những suất học bổng đã góp phần giúp các em yên tâm học tập, hạn chế tình trạng bỏ "
                "học giữa chừng.",
                "j",
            ),
            Raw(
                _RIGHT.format("<strong>Hoàng Anh</strong>")
                + "\n"
                + _RIGHT.format("<em>(Theo Báo Đắk Lắk điện tử)</em>")
            ),
        ],
        views=466,
        authors=("Hoàng Anh",),
        photographers=("Hoàng Anh",),
        source="Báo Đắk Lắk điện tử",
        keywords="học bổng",
    ),
    _story(
        715,
        "Kinh nghiệm ôn thi học sinh giỏi môn Sinh học lớp 9",
        2,
        "2026/10/17 0:00:00",
        "2026-10-17",
        [
            P(
                "Bồi dưỡng học sinh giỏi là nhiệm vụ trọng tâm của nhà trường. Bài viết chia sẻ một số kinh nghiệm "
                "ôn thi học sinh giỏi môn Sinh học lớp 9 mà tổ Khoa học tự nhiên đã áp dụng trong những năm qua.",
                "b",
            ),
            HOME_END,
            P(
                "Thứ nhất, cần phát hiện và tuyển chọn học sinh từ sớm, ngay từ đầu năm lớp 8, dựa trên kết quả học "
                "tập và sự yêu thích bộ môn của các em.",
                "tnr",
            ),
            P(
                "Thứ hai, giáo viên xây dựng chương trình bồi dưỡng theo chuyên đề: cơ sở vật chất và cơ chế di "
                "truyền, các quy luật di truyền của Menđen, biến dị, di truyền học người, sinh vật và môi trường.",
                "tnr",
            ),
            P(
                "Thứ ba, rèn kĩ năng giải bài tập di truyền theo từng dạng, từ cơ bản đến nâng cao; mỗi dạng đều có "
                "phương pháp giải và bài tập vận dụng để học sinh tự luyện.",
                "tnr",
            ),
            P(
                "Cuối cùng, thường xuyên cho học sinh làm đề thi của các năm trước trong thời gian quy định để các em "
                "làm quen với áp lực phòng thi.",
                "tnr",
            ),
            P(
                "Nhờ áp dụng các biện pháp trên, năm học 2025 - 2026, đội tuyển Sinh học của trường có 4/5 em đạt "
                "giải cấp tỉnh, trong đó có 1 giải Nhất.",
                "tnr",
            ),
            Raw(
                '<p style="text-align: right;"><span style="font-family: Times New Roman;">'
                "<strong>Nguyễn Thị Bích Ngọc</strong> (GV Sinh học)</span></p>"
            ),
        ],
        views=289,
        authors=("Nguyễn Thị Bích Ngọc",),
        bold_lead=True,
        entities=True,
    ),
    _story(
        712,
        "Trang bị kỹ năng phòng, chống đuối nước cho học sinh",
        1,
        "2026/10/12 15:40:00",
        "2026-10-12T15:40:00+07:00",
        [
            P(
                "Nhằm giảm thiểu tai nạn đuối nước ở trẻ em, chiều ngày 10/10/2026, Trường THCS Chu Văn An phối hợp "
                "với Trung tâm Văn hóa - Thể thao xã tổ chức buổi tập huấn kỹ năng phòng, chống đuối nước cho 120 "
                "học sinh khối 6 và khối 7.",
                "nl0",
            ),
            HOME_END,
            P("Tại buổi tập huấn, các em được hướng dẫn:", "nl"),
            P("- Cách nhận biết những nơi nguy hiểm như ao, hồ, sông suối, hố sâu công trình;", "nl"),
            P("- Kỹ năng tự cứu khi bị chuột rút, khi bị ngã xuống nước;", "nl"),
            P(
                "- Cách cứu người đuối nước an toàn: ném phao, đưa sào, tuyệt đối không nhảy xuống nước khi không "
                "biết bơi.",
                "nl",
            ),
            P(
                "Sau phần lý thuyết, các em được thực hành sơ cứu, hô hấp nhân tạo trên mô hình dưới sự hướng dẫn "
                "của huấn luyện viên.",
                "nl+",
            ),
            P(
                "Dịp này, nhà trường cũng phát động học sinh đăng ký tham gia lớp học bơi miễn phí vào dịp hè năm "
                "2027 do Trung tâm tổ chức.",
                "nl+",
            ),
            Raw("<br />\nNgười viết: Trần Quốc Bảo<br />\n"),
        ],
        views=318,
        poster="maianh_cva",
        authors=("Trần Quốc Bảo",),
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: newest first, as the index lists them
ORDER = [742, 738, 740, 736, 733, 731, 729, 725, 727, 721, 719, 715, 712]
assert sorted(ORDER) == sorted(BY_ID)


# --- rendering of the story text ---------------------------------------------------------------


def _hl(value: str, keywords: str | None) -> str:
    """Escaped text; with search keywords each word wrapped as News's keyhighlighter does."""
    out = esc(value).replace("&#x27;", "'")
    if not keywords:
        return out
    for word in keywords.split():
        out = re.sub(
            re.escape(word), lambda m: f'<span class="highlight">{m.group(0)}</span>', out, flags=re.IGNORECASE
        )
    return out


def _img_tag(src: str, alt: str = "") -> str:
    return f'<img alt="{esc(alt)}" src="{src}" style="width: 480px; height: 320px;" />'


def _render_img(img: Img) -> str:
    tag = _img_tag(img.src)
    printed = esc(img.printed) if img.printed else ""
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 490px;"><tbody>\n'
            f"<tr><td>{tag}</td></tr>\n"
            f'<tr><td style="text-align: center; background-color: #f2f2f2;"><span style="font-size: smaller;">'
            f"<em>{printed}</em></span></td></tr>\n</tbody></table>"
        )
    if img.style == "pic":
        return ""  # the story picture: printed by the template before div.itemText
    if img.style == "brc":
        return f'<p style="text-align: center;">{tag}<br />\n<em>{printed}</em></p>'
    if img.style == "bare":
        return f'<p style="text-align: center;">{tag}</p>'
    # "next": the photo in its own centred paragraph, the line in the next one
    return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;"><em>{printed}</em></p>'


_GROUPS = {"li": "ul", "th": "table", "tr": "table", "br": "p"}


def _group_key(block) -> str | None:
    if isinstance(block, P):
        return _GROUPS.get(block.style)
    return None


def _render_p(p: P, kw: str | None) -> str:
    t = _hl(p.text, kw)
    st = p.style
    if st == "j":
        return f'<p style="text-align: justify;">{t}</p>'
    if st == "tnr":
        return (
            '<p style="text-align: justify;"><span style="font-size: small;">'
            f'<span style="font-family: Times New Roman;">{t}</span></span></p>'
        )
    if st == "b":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if st == "bi":
        return f"<p><strong><em>{t}</em></strong></p>"
    if st == "div":
        return f'<div style="text-align: justify;">{t}</div>'
    if st == "q":
        return f'<blockquote><p><em>{t}</em></p></blockquote>'
    if st == "smile":
        return f"<p>{t} {SMILEY}</p>"
    if st == "sup2":
        return (
            f'<p style="text-align: justify;">{t}<sup><a href="#_ftn2" name="_ftnref2" title="">2</a></sup></p>'
        )
    if st == "small":
        return f'<p><span style="font-size: smaller;">{t}</span></p>'
    if st == "ftn2":
        rest = _hl(p.text[len("2. "):], kw)
        return (
            f'<p><span style="font-size: smaller;"><a href="#_ftnref2" name="_ftn2" title="">2</a>. {rest}'
            "</span></p>"
        )
    if st == "nl0":
        return t
    if st == "nl":
        return f"{t}<br />\n"
    if st == "nl+":
        return f"<br />\n{t}<br />\n"
    return f"<p>{t}</p>"


def render_blocks(blocks: list, kw: str | None = None) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        key = _group_key(block)
        if key:
            run = []
            while i < len(blocks) and _group_key(blocks[i]) == key:
                run.append(blocks[i])
                i += 1
            if key == "ul":
                out.append("<ul>\n" + "\n".join(f"<li>{_hl(b.text, kw)}</li>" for b in run) + "\n</ul>")
            elif key == "p":
                out.append("<p>" + "<br />\n".join(_hl(b.text, kw) for b in run) + "</p>")
            else:
                rows = []
                for b in run:
                    cells = b.text.split(" | ")
                    if b.style == "th":
                        rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{_hl(c, kw)}'
                                                     "</strong></td>" for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{_hl(c, kw)}</td>" for c in cells) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%; border-collapse: '
                    'collapse;"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"
                )
            continue
        if isinstance(block, Raw):
            out.append(block.html)
        elif isinstance(block, Img):
            out.append(_render_img(block))
        else:
            out.append(_render_p(block, kw))
        i += 1
    joiner = "" if any(isinstance(b, P) and b.style.startswith("nl") for b in blocks) else "\n"
    return joiner.join(out)


def _split(story: Story) -> tuple[list, list[list]]:
    """hometext blocks and the bodytext's pages (split at ``[pagebreak]``)."""
    cut = story.blocks.index(HOME_END)
    home, body = story.blocks[:cut], story.blocks[cut + 1:]
    pages: list[list] = [[]]
    for b in body:
        if b is PAGEBREAK:
            pages.append([])
        else:
            pages[-1].append(b)
    return home, pages


def _enc(story: Story, markup: str) -> str:
    return entity_mix(markup) if story.opts.get("entities") else markup


def hometext(story: Story) -> str:
    home, _ = _split(story)
    return _enc(story, render_blocks(home))


def story_text(story: Story, page: int = 0, kw: str | None = None) -> str:
    """What News prints in ``div.itemText``: hometext<br /><br />bodytext (page 0) or a later page."""
    home, pages = _split(story)
    if page == 0:
        markup = render_blocks(home, kw) + "<br /><br />" + render_blocks(pages[0], kw)
    else:
        markup = render_blocks(pages[page], kw)
    return _enc(story, markup)


def full_text(story: Story) -> str:
    home, pages = _split(story)
    return _enc(story, render_blocks(home) + "<br /><br />" + "".join(render_blocks(p) for p in pages))


# --- theme and blocks --------------------------------------------------------------------------


def _block(bid: int, title: str, content: str) -> str:
    return (
        f'<div class="xo-block" id="xo-block-{bid}">\n'
        '<table class="kb_khung" width="100%" border="0" cellpadding="0" cellspacing="0">\n'
        f'<tr><td class="kb_tieude"><img src="/themes/thcs_cva_2009/images/icon_block.gif" alt="" /> {title}</td></tr>\n'
        f'<tr><td class="kb_noidung">\n{content}\n</td></tr>\n</table>\n</div>'
    )


def _day(story: Story) -> str:
    return story.opts["posted"].split(" ")[0]


def _menu(u: str) -> str:
    topics = "".join(
        f'<li><a href="{u}/modules/news/index.php?storytopic={tid}">{esc(name)}</a></li>'
        for tid, (name, _) in TOPICS.items()
    )
    return f"""<ul id="mn_ngang" class="mn_cap1">
<li class="mn_dau"><a href="{u}/">Trang chủ</a></li>
<li><a href="{u}/modules/tinycontent/index.php?id=1">Giới thiệu</a>
  <ul class="mn_cap2"><li><a href="{u}/modules/tinycontent/index.php?id=1">Giới thiệu chung</a></li>
  <li><a href="{u}/modules/tinycontent/index.php?id=2">Cơ cấu tổ chức</a></li></ul></li>
<li><a href="{u}/modules/news/">Tin tức</a>
  <ul class="mn_cap2">{topics}<li><a href="{u}/modules/news/archive.php">Lưu trữ tin</a></li></ul></li>
<li><a href="{u}/modules/wfdownloads/viewcat.php?cid=2">Văn bản</a></li>
<li><a href="javascript:void(0);">Thư viện</a>
  <ul class="mn_cap2"><li><a href="{u}/modules/extgallery/public-album.php?id=3">Album ảnh</a></li>
  <li><a href="{u}/modules/xoopstube/singlevideo.php?cid=1&amp;lid=4">Video clip</a></li></ul></li>
<li><a href="{u}/modules/contact/">Liên hệ</a></li>
</ul>"""


def _left(u: str) -> str:
    mainmenu = (
        '<table cellspacing="0"><tr><td id="mainmenu">\n'
        f'<a class="menuTop" href="{u}/">Trang chủ</a>\n'
        f'<a class="menuMain" href="{u}/modules/news/">Tin tức</a>\n'
        f'<a class="menuSub" href="{u}/modules/news/archive.php">Lưu trữ</a>\n'
        f'<a class="menuMain" href="{u}/modules/contact/">Liên hệ</a>\n'
        "</td></tr></table>"
    )
    login = (
        f'<form style="margin-top: 0px;" action="{u}/user.php" method="post">\n'
        'Tên đăng nhập: <br /><input type="text" name="uname" size="12" value="" maxlength="25" /><br />\n'
        'Mật khẩu: <br /><input type="password" name="pass" size="12" maxlength="32" /><br />\n'
        '<input type="hidden" name="xoops_redirect" value="/" /><input type="hidden" name="op" value="login" />\n'
        '<input type="submit" value="Đăng nhập" /></form>'
    )
    notice = (
        '<marquee direction="up" scrollamount="1" onmouseover="this.stop()" onmouseout="this.start()" '
        'height="150">\n'
        '<p style="color: #c00;"><strong>Lịch kiểm tra cuối học kỳ I</strong> bắt đầu từ ngày 21/12/2026. '
        "Đề nghị học sinh ôn tập nghiêm túc, có mặt trước giờ kiểm tra 15 phút.</p>\n"
        f'<p><a href="{u}/modules/news/article.php?storyid=740">Xem chi tiết...</a></p>\n'
        "<p>Nhà trường tiếp nhận hồ sơ xét miễn, giảm học phí học kỳ I tại Văn phòng đến hết ngày "
        "15/12/2026.</p>\n</marquee>"
    )
    docs = (
        '<ul class="vb_moi">\n'
        f'<li><a href="{u}/modules/wfdownloads/singlefile.php?cid=2&amp;lid=14">Kế hoạch giáo dục nhà trường năm '
        "học 2026 - 2027</a> <span style=\"color:#888\">(2026/9/15)</span></li>\n"
        f'<li><a href="{u}/modules/wfdownloads/singlefile.php?cid=2&amp;lid=13">Quy chế chi tiêu nội bộ năm '
        "2026</a> <span style=\"color:#888\">(2026/1/20)</span></li>\n</ul>"
    )
    counter = (
        '<table width="100%" class="thongke">\n'
        '<tr><td><img src="/modules/counter/images/online.gif" alt="" /> Đang online:</td><td align="right">'
        "<b>9</b></td></tr>\n"
        "<tr><td>Hôm nay:</td><td align=\"right\">318</td></tr>\n"
        "<tr><td>Hôm qua:</td><td align=\"right\">542</td></tr>\n"
        "<tr><td>Tổng truy cập:</td><td align=\"right\">1.284.657</td></tr>\n</table>\n"
        "<div>Có 9 người đang trực tuyến: 0 thành viên và 9 khách</div>"
    )
    return "\n".join(
        [
            _block(1, "Menu chính", mainmenu),
            _block(2, "Đăng nhập", login),
            _block(21, "Thông báo", notice),
            _block(24, "Văn bản mới", docs),
            _block(7, "Thống kê truy cập", counter),
        ]
    )


def _right(u: str) -> str:
    most = sorted(STORIES, key=lambda s: -s.opts["views"])[:5]
    mostread = "<ul>\n" + "\n".join(
        f'<li><a href="{u}/modules/news/article.php?storyid={s.id}">{esc(s.title)}</a> '
        f"<span class=\"sl_doc\">({s.opts['views']})</span></li>"
        for s in most
    ) + "\n</ul>"
    recent = "<ul>\n" + "\n".join(
        f'<li><a href="{u}/modules/news/article.php?storyid={sid}">{esc(BY_ID[sid].title)}</a> '
        f"({_day(BY_ID[sid])})</li>"
        for sid in ORDER[:5]
    ) + "\n</ul>"
    keywords = (
        f'<a href="{u}/search.php?query=rung+chu%C3%B4ng+v%C3%A0ng&amp;action=results" style="font-size: 14px;">'
        "rung chuông vàng</a> &nbsp;\n"
        f'<a href="{u}/search.php?query=h%E1%BB%8Dc+b%E1%BB%95ng&amp;action=results" style="font-size: 12px;">'
        "học bổng</a>"
    )
    album = (
        f'<div align="center"><a href="{u}/modules/extgallery/public-album.php?id=3">'
        '<img src="/uploads/extgallery/public-photo/thumb/thumb_hkpd_2026_01.jpg" alt="Hội khỏe Phù Đổng 2026" '
        'width="160" /></a><br />Hội khỏe Phù Đổng 2026</div>'
    )
    video = (
        f'<div align="center"><a href="{u}/modules/xoopstube/singlevideo.php?cid=1&amp;lid=4">'
        '<img src="/modules/xoopstube/images/thumbs/vn2011_2026.jpg" alt="" width="160" /></a><br />'
        "Văn nghệ chào mừng 20/11</div>"
    )
    poll = (
        f'<form action="{u}/modules/xoopspoll/index.php" method="post">\n'
        '<table class="outer" cellspacing="1"><tr><th align="center">Bạn thấy website của trường thế nào?</th></tr>\n'
        '<tr><td class="even"><input type="radio" name="option_id" value="5" /> Rất hữu ích<br />\n'
        '<input type="radio" name="option_id" value="6" /> Hữu ích<br />\n'
        '<input type="radio" name="option_id" value="7" /> Cần cập nhật thường xuyên hơn</td></tr>\n'
        '<tr><td class="foot" align="center"><input type="hidden" name="poll_id" value="2" />'
        '<input type="submit" value="Bình chọn" /> '
        '<input type="button" value="Kết quả" onclick="location=\'' + u + '/modules/xoopspoll/pollresults.php?poll_id=2\'" />'
        "</td></tr></table></form>"
    )
    links = (
        '<select name="lienket" style="width: 170px;" onchange="if(this.value!=\'\') window.open(this.value);">\n'
        '<option value="">-- Liên kết website --</option>\n'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>\n'
        '<option value="https://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option>\n'
        '<option value="https://baodaklak.vn">Báo Đắk Lắk điện tử</option>\n'
        '<option value="https://vnedu.vn">Sổ liên lạc điện tử vnEdu</option>\n</select>'
    )
    quote = (
        '<div class="loihay"><em>“Học, học nữa, học mãi.”</em><br /><div align="right">V. I. Lê-nin</div>'
        "</div>"
    )
    fb = (
        '<a href="https://www.facebook.com/thcschuvanan.krongpac" target="_blank">'
        '<img src="/themes/thcs_cva_2009/images/facebook_page.png" alt="Fanpage nhà trường" width="170" /></a>'
    )
    return "\n".join(
        [
            _block(31, "Tin xem nhiều", mostread),
            _block(32, "Tin mới", recent),
            _block(40, "Từ khóa tìm nhiều", keywords),
            _block(44, "Album ảnh", album),
            _block(45, "Video clip", video),
            _block(12, "Thăm dò ý kiến", poll),
            _block(15, "Liên kết website", links),
            _block(16, "Lời hay ý đẹp", quote),
            _block(17, "Facebook", fb),
        ]
    )


def layout(request: Request, title: str, center: str, description: str | None = None, head: str = "") -> Response:
    u = base_url(request)
    desc = description or "Website Trường THCS Chu Văn An, xã Krông Pắc, tỉnh Đắk Lắk"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<!-- Xoops Version: XOOPS 2.5.11 -->
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta http-equiv="content-language" content="vi" />
<meta name="robots" content="index,follow" />
<meta name="keywords" content="THCS Chu Văn An, Krông Pắc, Đắk Lắk, trường học, giáo dục" />
<meta name="description" content="{esc(desc)}" />
<meta name="rating" content="general" />
<meta name="author" content="Trường THCS Chu Văn An" />
<meta name="generator" content="XOOPS" />
<title>{esc(title)}</title>
<link href="{u}/favicon.ico" rel="shortcut icon" type="image/ico" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{u}/backend.php" />
<link rel="stylesheet" type="text/css" media="all" href="{u}/xoops.css" />
<link rel="stylesheet" type="text/css" media="screen" href="{u}/themes/thcs_cva_2009/style.css" />
<script type="text/javascript" src="{u}/include/xoops.js"></script>
<script type="text/javascript" src="{u}/themes/thcs_cva_2009/js/menu_xo.js"></script>
{head}
</head>
<body>
<table id="bang_chinh" width="990" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td id="td_banner" colspan="3"><a href="{u}/" title="Trường THCS Chu Văn An"><img src="{u}/themes/thcs_cva_2009/images/banner_2009.jpg" width="990" height="180" alt="Trường THCS Chu Văn An - xã Krông Pắc - tỉnh Đắk Lắk" /></a></td></tr>
<tr><td id="td_menungang" colspan="3">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
<td>{_menu(u)}</td>
<td align="right" class="ngaythang" nowrap="nowrap">{TODAY}&nbsp;
<form action="{u}/search.php" method="get" style="display: inline;"><input type="text" name="query" size="14" value="" /><input type="hidden" name="action" value="results" /><input type="submit" value="Tìm" /></form></td>
</tr></table></td></tr>
<tr>
<td id="cot_trai" width="200" valign="top">
{_left(u)}
</td>
<td id="cot_giua" valign="top">
<div id="xo-content">
{center}
</div>
</td>
<td id="cot_phai" width="200" valign="top">
{_right(u)}
</td>
</tr>
<tr><td id="td_chantrang" colspan="3" align="center">
<table width="100%" border="0"><tr><td align="center" style="font-size: 11px;">
<b>TRƯỜNG THCS CHU VĂN AN</b><br />
Địa chỉ: Thôn 4, xã Krông Pắc, tỉnh Đắk Lắk (trước đây: xã Ea Phê, huyện Krông Pắc)<br />
Điện thoại: 0262.3523.186 - Email: <a href="mailto:thcschuvanan.krongpac@daklak.edu.vn">thcschuvanan.krongpac@daklak.edu.vn</a><br />
Bản quyền &copy; 2009 - 2026 Trường THCS Chu Văn An. Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br />
<a href="https://xoops.org" target="_blank">Powered by XOOPS &copy; 2001-2026 The XOOPS Project</a>
</td></tr></table>
</td></tr>
</table>
</body>
</html>
"""
    return html(page, charset=None)


# --- news module pages -------------------------------------------------------------------------


def _topic_link(tid: int, u: str = "") -> str:
    name = TOPICS[tid][0]
    href = f"{u}/modules/news/index.php?storytopic={tid}" if u else f"index.php?storytopic={tid}"
    return f'<a href="{href}" title="{esc(name)}">{esc(name)}</a>'


def _topic_img(tid: int, u: str) -> str:
    name, img = TOPICS[tid]
    return (
        f'<a href="{u}/modules/news/index.php?storytopic={tid}"><img src="{u}/modules/news/images/topics/{img}" '
        f'alt="{esc(name)}" hspace="10" vspace="10" align="right" /></a>'
    )


def _poster(story: Story, u: str) -> str:
    name = story.opts["poster"]
    return (
        f'<span class="itemPoster">Đăng bởi <a href="{u}/userinfo.php?uid={POSTERS[name]}">{name}</a></span> '
        f'vào ngày <span class="itemPostDate">{story.opts["posted"]}</span> '
        f'(<span class="itemStats">{story.opts["views"]} lần đọc</span>)'
    )


def _picture(story: Story, u: str) -> str:
    """News 1.6x's story picture; its "pictureinfo" goes into alt only."""
    pic = next((b for b in story.blocks if isinstance(b, Img) and b.style == "pic"), None)
    if pic is None:
        return ""
    legend = story.opts.get("pictureinfo", "")
    return f'<img class="left" src="{pic.src}" alt="{esc(legend)}" style="margin: 0 8px 8px 0;" />'


def news_item(story: Story, u: str) -> str:
    """``news_item.html``: a story in a listing."""
    tid = story.opts["topic"]
    _, pages = _split(story)
    more = sum(len(render_blocks(p).encode()) for p in pages)
    ncom = 3 if story.opts.get("comments") else 0
    return f"""<div class="item">
<div class="itemHead"><span class="itemTitle">{_topic_link(tid)}: <a href="{u}/modules/news/article.php?storyid={story.id}">{esc(story.title)}</a></span></div>
<div class="itemInfo">{_poster(story, u)}</div>
<div class="itemBody">{_topic_img(tid, u)}{_picture(story, u)}
<div class="itemText">{hometext(story)}</div>
</div>
<div class="itemFoot"><span class="itemAdminLink"></span>
<span class="itemPermaLink"><a href="{u}/modules/news/article.php?storyid={story.id}">Đọc tiếp...</a> | {more} bytes more | {ncom} bình luận
<a href="{u}/modules/news/print.php?storyid={story.id}" rel="nofollow"><img src="{u}/modules/news/images/print.png" border="0" alt="Bản in" /></a></span></div>
</div>
<div style="clear: both;"></div>"""


def pagenav(total: int, start: int, url: str) -> str:
    """XoopsPageNav::renderNav(): ``(2)`` marks the current page; links are ``start=`` offsets."""
    if total <= PER_PAGE:
        return ""
    parts = ['<div id="xo-pagenav">']
    if start > 0:
        parts.append(f'<a class="xo-pagarrow" href="{url}{start - PER_PAGE}"><u>&laquo;</u></a> ')
    for i, off in enumerate(range(0, total, PER_PAGE), 1):
        if off == start:
            parts.append(f'<strong class="xo-pagact">({i})</strong> ')
        else:
            parts.append(f'<a class="xo-counterpage" href="{url}{off}">{i}</a> ')
    if start + PER_PAGE < total:
        parts.append(f'<a class="xo-pagarrow" href="{url}{start + PER_PAGE}"><u>&raquo;</u></a>')
    parts.append("</div>")
    return "".join(parts)


_SELECTED = ' selected="selected"'


def news_index(request: Request) -> Response | None:
    u = base_url(request)
    params = request.params
    try:
        start = int(params.get("start", "0") or 0)
        tid = int(params["storytopic"]) if params.get("storytopic") else 0
    except ValueError:
        return None
    if tid and tid not in TOPICS:
        return None
    ids = [sid for sid in ORDER if not tid or BY_ID[sid].opts["topic"] == tid]
    if start < 0 or start % PER_PAGE or (start and start >= len(ids)):
        return None
    items = "\n".join(news_item(BY_ID[sid], u) for sid in ids[start : start + PER_PAGE])
    base = "/modules/news/index.php?" + (f"storytopic={tid}&amp;" if tid else "") + "start="
    if tid:
        name = TOPICS[tid][0]
        crumbs = (
            f'<div class="marg" id="duongdan"><a href="{u}/">Trang chủ</a> &raquo; '
            f'<a href="{u}/modules/news/">Tin tức</a> &raquo; {esc(name)}</div>'
        )
        title = f"{name} - Tin tức - {SITE}"
        topsel = (
            '<div style="text-align: center;"><form name="form1" action="/modules/news/index.php" method="get">'
            '<select name="storytopic" onchange="submit();"><option value="0">Tất cả chủ đề</option>'
            + "".join(
                f'<option value="{t}"{_SELECTED if t == tid else ""}>{esc(n)}</option>'
                for t, (n, _) in TOPICS.items()
            )
            + '</select> <input type="submit" value="Xem" /></form></div>'
        )
    else:
        crumbs = f'<div class="marg" id="duongdan"><a href="{u}/">Trang chủ</a> &raquo; Tin tức</div>'
        title = f"Tin tức - {SITE}"
        topsel = ""
    page_no = start // PER_PAGE + 1
    if page_no > 1:
        title = f"{title} - Trang {page_no}"
    center = f"""{crumbs}
<div class="news-index">
{topsel}
{items}
<div style="text-align: right; margin: 6px;">{pagenav(len(ids), start, base)}</div>
</div>"""
    return layout(request, title, center)


def _others(story: Story, u: str) -> str:
    tid = story.opts["topic"]
    others = [sid for sid in ORDER if BY_ID[sid].opts["topic"] == tid and sid != story.id][:4]
    if not others:
        return ""
    rows = "\n".join(
        f'<tr class="{"even" if i % 2 else "odd"}"><td><img src="{u}/modules/news/images/arrow.gif" alt="" /> '
        f'<a href="article.php?storyid={sid}">{esc(BY_ID[sid].title)}</a></td>'
        f'<td align="right" nowrap="nowrap">{_day(BY_ID[sid])}</td></tr>'
        for i, sid in enumerate(others)
    )
    return (
        '<table class="outer" cellspacing="1" width="100%" summary="Các tin khác">\n'
        f'<tr><th colspan="2">Các tin khác</th></tr>\n{rows}\n</table>'
    )


#: story 731's comments: id, root, title, poster, time, text
COMMENTS = [
    (15, 15, "Tri ân thầy cô", "Khách", "2026/11/20 19:42",
     "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc và thành công! Cựu học sinh khóa 2012 - 2016."),
    (16, 15, "Re: Tri ân thầy cô", "quantri", "2026/11/21 6:15",
     "Cảm ơn em, chúc em học tốt và thành công nhé."),
    (19, 19, "Nhớ trường", "Khách", "2026/11/22 21:03",
     "Xem ảnh mà nhớ trường quá, nhớ cô Hạnh chủ nhiệm lớp 9A năm nào. Chúc trường mình ngày càng phát triển!"),
]


def _comment_link(sid: int, cid: int, root: int, mode: str = "thread") -> str:
    return f"article.php?storyid={sid}&amp;com_id={cid}&amp;com_rootid={root}&amp;com_mode={mode}&amp;com_order=0"


def _comments(story: Story, u: str) -> str:
    if not story.opts.get("comments"):
        return ""
    nav = f"""<div style="text-align: center; padding: 3px; margin: 3px;">
<form method="get" action="article.php">
<table width="95%" class="outer" cellspacing="1"><tr><td class="even" align="center">
<select name="com_mode"><option value="nest">Lồng nhau</option><option value="flat">Phẳng</option><option value="thread" selected="selected">Luồng</option></select>
<select name="com_order"><option value="0" selected="selected">Cũ nhất trước</option><option value="1">Mới nhất trước</option></select>
<input type="hidden" name="storyid" value="{story.id}" /> <input type="submit" value="Làm mới" class="formButton" />
</td></tr></table></form>
Các bình luận thuộc về người gửi. Chúng tôi không chịu trách nhiệm về nội dung của họ.</div>"""
    threads = []
    for root in sorted({c[1] for c in COMMENTS}):
        rc = next(c for c in COMMENTS if c[0] == root)
        tree = "\n".join(
            f'<tr><td class="even">{"&nbsp;&nbsp;&nbsp;" if c[0] != root else ""}'
            f'<img src="{u}/images/subject/icon1.gif" alt="" />&nbsp;'
            f'<a href="{_comment_link(story.id, c[0], root)}#comment{c[0]}">{esc(c[2])}</a></td>'
            f'<td class="even">{c[3]}</td><td class="even" align="right">{c[4]}</td></tr>'
            for c in COMMENTS
            if c[1] == root
        )
        threads.append(
            f"""<table cellspacing="1" class="outer" width="100%">
<tr><th width="20%">Người gửi</th><th>Chủ đề</th></tr>
<tr><td class="odd"><a id="comment{rc[0]}"></a>{rc[3]}</td>
<td class="odd"><div class="comTitle"><img src="{u}/images/subject/icon1.gif" alt="" />&nbsp;{esc(rc[2])}</div>
<div class="comDate"><span class="comDateCaption">Gửi lúc:</span> {rc[4]}</div><br />
<div class="comText">{esc(rc[5])}</div></td></tr></table>
<table cellspacing="1" class="outer" width="100%"><tr><th>Chủ đề</th><th>Người gửi</th><th>Ngày gửi</th></tr>
{tree}
</table><br />"""
        )
    return nav + '\n<div style="margin: 3px; padding: 3px;">\n' + "\n".join(threads) + "\n</div>"


def _attachment(story: Story, u: str) -> str:
    att = story.opts.get("attachment")
    if not att:
        return ""
    fid, fname, size, hits = att
    return (
        '<div class="itemAttached"><table class="outer" cellspacing="1"><tr><th>Tệp đính kèm</th></tr>\n'
        f'<tr class="even"><td><img src="{u}/modules/news/images/attach.png" alt="" /> '
        f'<a href="{u}/modules/news/visit.php?fileid={fid}" target="_blank">{fname}</a> '
        f"({size} - {hits} lượt tải)</td></tr></table></div>"
    )


def article_page(request: Request) -> Response | None:
    u = base_url(request)
    params = request.params
    story = BY_ID.get(int(params["storyid"])) if params.get("storyid", "").isdigit() else None
    if story is None:
        return None
    _, pages = _split(story)
    page = params.get("page", "0")
    if not page.isdigit() or int(page) >= len(pages):
        return None
    page_no = int(page)
    kw = params.get("keywords") or None
    tid = story.opts["topic"]
    topic = TOPICS[tid][0]
    nav = ""
    if len(pages) > 1:
        url = f"/modules/news/article.php?storyid={story.id}&amp;page="
        links = []
        if page_no > 0:
            links.append(f'<a class="xo-pagarrow" href="{url}{page_no - 1}"><u>&laquo;</u></a>')
        for i in range(len(pages)):
            if i == page_no:
                links.append(f'<strong class="xo-pagact">({i + 1})</strong>')
            else:
                links.append(f'<a class="xo-counterpage" href="{url}{i}">{i + 1}</a>')
        if page_no + 1 < len(pages):
            links.append(f'<a class="xo-pagarrow" href="{url}{page_no + 1}"><u>&raquo;</u></a>')
        nav = '<div class="pagenav_bai">Trang: <div id="xo-pagenav">' + " ".join(links) + "</div></div>"
    share = (
        f"https://www.facebook.com/sharer/sharer.php?u={u}/modules/news/article.php%3Fstoryid%3D{story.id}"
    )
    mail = f"mailto:?subject={esc(story.title)}&amp;body={u}/modules/news/article.php?storyid={story.id}"
    center = f"""<div class="marg" id="duongdan"><a href="{u}/">Trang chủ</a> &raquo; <a href="{u}/modules/news/">Tin tức</a> &raquo; {_topic_link(tid, u)}</div>
<div class="news-article">
<div class="item">
<div class="itemHead"><span class="itemTitle">{_topic_link(tid)}: {esc(story.title)}</span></div>
<div class="itemInfo">{_poster(story, u)}</div>
<div class="itemBody">{_topic_img(tid, u)}{_picture(story, u) if page_no == 0 else ""}
<div class="itemText">{story_text(story, page_no, kw)}</div>
{nav}
</div>
<div class="itemFoot"><span class="itemAdminLink"></span>
<span class="itemPermaLink"><a href="print.php?storyid={story.id}" rel="nofollow" title="Bản in"><img src="images/print.png" border="0" alt="Bản in" /></a>
<a href="{mail}" title="Gửi bài viết này cho bạn bè"><img src="images/friend.png" border="0" alt="Gửi cho bạn bè" /></a>
<a href="{share}" target="_blank" title="Chia sẻ lên Facebook"><img src="{u}/themes/thcs_cva_2009/images/fb_share.gif" border="0" alt="Facebook" /></a></span></div>
</div>
{_attachment(story, u)}
</div>
<br />
{_others(story, u)}
{_comments(story, u)}"""
    return layout(request, f"{story.title} - {topic} - {SITE}", center)


def print_page(request: Request) -> Response | None:
    u = base_url(request)
    sid = request.params.get("storyid", "")
    story = BY_ID.get(int(sid)) if sid.isdigit() else None
    if story is None:
        return None
    topic = TOPICS[story.opts["topic"]][0]
    link = f"{u}/modules/news/article.php?storyid={story.id}"
    pic = _picture(story, u)
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(SITE)}</title>
<meta name="robots" content="noindex,nofollow" />
</head>
<body bgcolor="#ffffff" text="#000000" onload="window.print()">
<table border="0"><tr><td align="center">
<table border="0" width="640" cellpadding="0" cellspacing="1" bgcolor="#000000"><tr><td>
<table border="0" width="100%" cellpadding="20" cellspacing="1" bgcolor="#ffffff"><tr><td align="center">
<img src="{u}/images/logo.png" border="0" alt="" /><br /><br />
<h3>{esc(story.title)}</h3>
<small><b>Ngày:</b>&nbsp;{story.opts["posted"]}<br /><b>Chủ đề:</b>&nbsp;{esc(topic)}</small><br /><br /></td></tr>
<tr valign="top" style="font: 12px;"><td>{pic}{full_text(story)}<br /></td></tr>
</table></td></tr></table>
<br /><br />
Bài viết này được gửi từ {esc(SITE)}<br /><a href="{u}/">{u}/</a><br /><br />
Địa chỉ (URL) của bài viết này là:<br /><a href="{link}">{link}</a>
</td></tr></table>
</body>
</html>
"""
    return html(page, charset=None)


MONTHS = {10: "Tháng Mười", 11: "Tháng Mười Một", 12: "Tháng Mười Hai"}


def _month(story: Story) -> tuple[int, int]:
    y, m, _ = _day(story).split("/")
    return int(y), int(m)


def archive_page(request: Request) -> Response | None:
    u = base_url(request)
    params = request.params
    sel = None
    if params.get("year") or params.get("month"):
        try:
            sel = (int(params.get("year", "")), int(params.get("month", "")))
        except ValueError:
            return None
        if sel[0] != 2026 or sel[1] not in MONTHS:
            return None
    months = "\n".join(
        f'<li><a href="./archive.php?year=2026&amp;month={m}">{MONTHS[m]}</a></li>' for m in sorted(MONTHS, reverse=True)
    )
    table = ""
    if sel:
        rows = "\n".join(
            f'<tr class="{"even" if i % 2 else "odd"}"><td>{_topic_link(BY_ID[sid].opts["topic"])}</td>'
            f'<td><a href="./article.php?storyid={sid}">{esc(BY_ID[sid].title)}</a></td>'
            f'<td align="center">{BY_ID[sid].opts["posted"]}</td>'
            f'<td align="center"><a href="./print.php?storyid={sid}" rel="nofollow">'
            f'<img src="images/print.png" border="0" alt="Bản in" /></a></td></tr>'
            for i, sid in enumerate(s for s in ORDER if _month(BY_ID[s]) == sel)
        )
        count = sum(1 for s in ORDER if _month(BY_ID[s]) == sel)
        table = f"""<br /><table class="outer" cellspacing="1" width="100%">
<tr><th colspan="4">{MONTHS[sel[1]]}, 2026</th></tr>
<tr class="head"><td>Chủ đề</td><td>Bài viết</td><td>Ngày</td><td>Thao tác</td></tr>
{rows}
</table>
<div style="text-align: center;">Tổng cộng có {count} bài viết</div>"""
    center = f"""<div class="marg" id="duongdan"><a href="{u}/">Trang chủ</a> &raquo; <a href="{u}/modules/news/">Tin tức</a> &raquo; Lưu trữ tin</div>
<div class="news-archive">
<table class="outer" width="100%"><tr><th>Lưu trữ tin</th></tr>
<tr><td class="even"><b>2026</b><ul>
{months}
</ul></td></tr></table>
{table}
</div>"""
    title = "Lưu trữ tin - " + SITE + (f" - {MONTHS[sel[1]]} 2026" if sel else "")
    return layout(request, title, center)


# --- home, search, RSS -------------------------------------------------------------------------


def home(request: Request) -> Response:
    u = base_url(request)
    top = BY_ID[ORDER[0]]
    spot_list = "\n".join(
        f'<tr><td><img src="{u}/modules/news/images/arrow.gif" alt="" /> '
        f'<a href="{u}/modules/news/article.php?storyid={sid}">{esc(BY_ID[sid].title)}</a></td>'
        f'<td align="right" nowrap="nowrap"><span style="color: #999;">{_day(BY_ID[sid])}</span></td></tr>'
        for sid in ORDER[1:5]
    )
    spotlight = f"""<table width="100%" border="0" cellpadding="4" cellspacing="0" class="tin_noibat"><tr><td>
<div class="tnb_tieude"><a href="{u}/modules/news/article.php?storyid={top.id}">{esc(top.title)}</a></div>
<div class="tnb_ngay">{top.opts["posted"]}</div>
<img src="/uploads/fckeditor/image/2026/12/rcv_01.jpg" width="160" align="left" style="margin-right: 6px;" alt="" />
{hometext(top)}
<div align="right"><a href="{u}/modules/news/article.php?storyid={top.id}">Xem tiếp...</a></div>
</td></tr></table>
<table width="100%" border="0" cellpadding="2" cellspacing="0" class="tnb_ds">
{spot_list}
</table>"""

    def topic_block(tid: int, n: int) -> str:
        ids = [sid for sid in ORDER if BY_ID[sid].opts["topic"] == tid][:n]
        rows = "\n".join(
            f'<li><a href="{u}/modules/news/article.php?storyid={sid}">{esc(BY_ID[sid].title)}</a> '
            f'<span style="color: #999;">({_day(BY_ID[sid])})</span></li>'
            for sid in ids
        )
        more = f'<div align="right"><a href="{u}/modules/news/index.php?storytopic={tid}">Xem tất cả &raquo;</a></div>'
        return f"<ul>\n{rows}\n</ul>\n{more}"

    center = "\n".join(
        [
            _block(50, "Tin nổi bật", spotlight),
            '<table width="100%" cellpadding="0" cellspacing="4"><tr><td width="50%" valign="top">',
            _block(51, "Hoạt động chuyên môn", topic_block(2, 3)),
            '</td><td width="50%" valign="top">',
            _block(52, "Thông báo", topic_block(3, 2)),
            "</td></tr></table>",
            _block(
                53,
                "Chào mừng",
                '<p style="text-align: justify;">Chào mừng quý thầy cô, cha mẹ học sinh và các em học sinh đến với '
                "website của Trường THCS Chu Văn An. Website là kênh thông tin chính thức của nhà trường, cập nhật "
                "các hoạt động dạy và học, thông báo và văn bản của nhà trường.</p>",
            ),
        ]
    )
    return layout(request, f"{SITE} - Trang chủ", center)


_SEARCHES = {"rung chuông vàng": 742, "học bổng": 719}


def search_page(request: Request) -> Response:
    u = base_url(request)
    query = (request.params.get("query") or "").strip()
    form = f"""<form name="search" action="{u}/search.php" method="get">
<table class="outer" cellspacing="1" width="100%">
<tr><th colspan="2">Tìm kiếm</th></tr>
<tr><td class="head">Từ khóa</td><td class="even"><input type="text" name="query" size="30" maxlength="255" value="{esc(query)}" /></td></tr>
<tr><td class="head">Kiểu</td><td class="even"><select name="andor"><option value="AND" selected="selected">Tất cả các từ (AND)</option><option value="OR">Bất kỳ từ nào (OR)</option><option value="exact">Chính xác cụm từ</option></select></td></tr>
<tr><td class="head">&nbsp;</td><td class="even"><input type="hidden" name="action" value="results" /><input type="submit" name="submit" value="Tìm kiếm" /></td></tr>
</table></form>"""
    if len(query) < 3:
        body = '<div class="errorMsg">Từ khóa phải dài ít nhất 3 ký tự</div>'
    else:
        hits = [sid for words, sid in _SEARCHES.items() if words in query.lower()]
        kw = quote_plus(query)
        items = "\n".join(
            f'<img src="{u}/modules/news/images/forum.gif" alt="Tin tức" />&nbsp;'
            f'<b><a href="{u}/modules/news/article.php?storyid={sid}&amp;keywords={kw}">{esc(BY_ID[sid].title)}</a></b>'
            f'<br /><small>&nbsp;&nbsp;<a href="{u}/userinfo.php?uid={POSTERS[BY_ID[sid].opts["poster"]]}">'
            f'{BY_ID[sid].opts["poster"]}</a> ({BY_ID[sid].opts["posted"]})</small><br />'
            for sid in hits
        )
        words = " ".join(f"<b>{esc(w)}</b>" for w in query.split())
        body = (
            f"<h3>Kết quả tìm kiếm</h3>Từ khóa: {words}<br /><br />\n<h4>Tin tức</h4>\n"
            + (items or "Không tìm thấy kết quả nào phù hợp")
        )
    return layout(request, f"Tìm kiếm - {SITE}", f"{body}<br /><br />\n{form}")


_DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _rss_date(posted: str) -> str:
    t = datetime.strptime(posted, "%Y/%m/%d %H:%M:%S") - timedelta(hours=7)
    return f"{_DOW[t.weekday()]}, {t.day:02d} {_MON[t.month - 1]} {t.year} {t:%H:%M:%S} GMT"


def backend(request: Request) -> Response:
    u = base_url(request)
    items = "\n".join(
        f"""<item>
  <title>{esc(BY_ID[sid].title)}</title>
  <link>{u}/modules/news/article.php?storyid={sid}</link>
  <description>{esc(hometext(BY_ID[sid]))}</description>
  <pubDate>{_rss_date(BY_ID[sid].opts["posted"])}</pubDate>
  <guid>{u}/modules/news/article.php?storyid={sid}</guid>
</item>"""
        for sid in ORDER[:10]
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>{esc(SITE)}</title>
  <link>{u}/</link>
  <description>Website Trường THCS Chu Văn An, xã Krông Pắc, tỉnh Đắk Lắk</description>
  <lastBuildDate>Sat, 05 Dec 2026 01:12:40 GMT</lastBuildDate>
  <docs>http://backend.userland.com/rss/</docs>
  <generator>XOOPS</generator>
  <category>Trường học</category>
  <managingEditor>thcschuvanan.krongpac@daklak.edu.vn</managingEditor>
  <webMaster>thcschuvanan.krongpac@daklak.edu.vn</webMaster>
  <language>vi</language>
  <image><title>{esc(SITE)}</title><url>{u}/images/logo.png</url><link>{u}/</link></image>
{items}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "text/xml; charset=utf-8"})


# --- pages that are not articles -----------------------------------------------------------------


def _crumbs(u: str, *names: str) -> str:
    return f'<div class="marg" id="duongdan"><a href="{u}/">Trang chủ</a> &raquo; ' + " &raquo; ".join(names) + "</div>"


def tinycontent(request: Request) -> Response | None:
    u = base_url(request)
    pid = request.params.get("id")
    if pid == "1":
        title = "Giới thiệu chung"
        content = """<p style="text-align: center;"><img src="/uploads/tinycontent/cong_truong.jpg" alt="Cổng trường" width="450" /></p>
<p style="text-align: justify;">Trường THCS Chu Văn An được thành lập theo Quyết định số 214/QĐ-UB ngày 18/8/1995 của UBND huyện Krông Pắc, trên cơ sở tách ra từ Trường PTCS Ea Phê. Những ngày đầu thành lập, trường chỉ có 8 lớp học với 312 học sinh và 17 cán bộ, giáo viên, cơ sở vật chất còn nhiều thiếu thốn.</p>
<p style="text-align: justify;">Trải qua hơn 30 năm xây dựng và phát triển, đến nay nhà trường có 32 lớp với 1.186 học sinh, trong đó có 214 học sinh là người dân tộc thiểu số; đội ngũ 68 cán bộ, giáo viên, nhân viên, 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.</p>
<p style="text-align: justify;">Nhà trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2012, mức độ 2 năm 2022; nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc và được Chủ tịch UBND tỉnh tặng Bằng khen.</p>
<p style="text-align: right;"><em>Cập nhật: 2026/8/20</em></p>"""
    elif pid == "2":
        title = "Cơ cấu tổ chức"
        content = """<p><strong>1. Ban giám hiệu</strong></p>
<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;"><tbody>
<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>
<tr><td>Trần Đình Khoa</td><td>Hiệu trưởng</td><td>0914 206 351</td></tr>
<tr><td>Nguyễn Văn Thắng</td><td>Phó Hiệu trưởng</td><td>0905 318 264</td></tr>
<tr><td>Lê Thị Hồng Nhung</td><td>Phó Hiệu trưởng</td><td>0983 442 109</td></tr>
</tbody></table>
<p><strong>2. Các tổ chuyên môn</strong></p>
<ul><li>Tổ Ngữ văn - GDCD: 11 giáo viên</li><li>Tổ Toán - Tin: 12 giáo viên</li><li>Tổ Khoa học tự nhiên: 10 giáo viên</li>
<li>Tổ Khoa học xã hội: 9 giáo viên</li><li>Tổ Ngoại ngữ: 7 giáo viên</li><li>Tổ Nghệ thuật - Thể chất: 8 giáo viên</li><li>Tổ Văn phòng: 11 nhân viên</li></ul>
<p><strong>3. Các tổ chức đoàn thể</strong>: Chi bộ, Công đoàn, Chi đoàn giáo viên, Liên đội.</p>"""
    else:
        return None
    center = f"""{_crumbs(u, "Giới thiệu", title)}
<div class="tinycontent"><h2 class="tc_tieude">{title}</h2>
{content}
</div>"""
    return layout(request, f"{title} - {SITE}", center)


def contact(request: Request) -> Response:
    u = base_url(request)
    center = f"""{_crumbs(u, "Liên hệ")}
<table class="outer" cellspacing="1" width="100%"><tr><th>Liên hệ với nhà trường</th></tr>
<tr><td class="even">
<b>TRƯỜNG THCS CHU VĂN AN</b><br />Địa chỉ: Thôn 4, xã Krông Pắc, tỉnh Đắk Lắk<br />
Điện thoại: 0262.3523.186<br />Email: thcschuvanan.krongpac@daklak.edu.vn</td></tr></table>
<form name="contactform" id="contactform" action="{u}/modules/contact/index.php" method="post">
<table class="outer" cellspacing="1" width="100%">
<tr><td class="head">Họ và tên <span style="color: red;">*</span></td><td class="even"><input type="text" name="usersName" size="40" /></td></tr>
<tr><td class="head">Email <span style="color: red;">*</span></td><td class="even"><input type="text" name="usersEmail" size="40" /></td></tr>
<tr><td class="head">Điện thoại</td><td class="even"><input type="text" name="usersPhone" size="20" /></td></tr>
<tr><td class="head">Nội dung <span style="color: red;">*</span></td><td class="even"><textarea name="usersComments" rows="6" cols="40"></textarea></td></tr>
<tr><td class="head">&nbsp;</td><td class="even"><input type="hidden" name="op" value="contactform" /><input type="submit" value="Gửi" /></td></tr>
</table></form>"""
    return layout(request, f"Liên hệ - {SITE}", center)


DOCS = {
    14: ("Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "2026/9/15", "1.2 MB", 132,
         "Kế hoạch giáo dục nhà trường năm học 2026 - 2027 đã được Hội đồng trường thông qua ngày 12/9/2026."),
    13: ("Quy chế chi tiêu nội bộ năm 2026", "2026/1/20", "356 KB", 87,
         "Quy chế chi tiêu nội bộ năm 2026 ban hành kèm theo Quyết định số 05/QĐ-THCSCVA."),
}


def doc_list(request: Request) -> Response | None:
    u = base_url(request)
    if request.params.get("cid") != "2":
        return None
    rows = "\n".join(
        f'<tr class="even"><td><a href="{u}/modules/wfdownloads/singlefile.php?cid=2&amp;lid={lid}">{esc(d[0])}</a></td>'
        f'<td align="center">{d[1]}</td><td align="center">{d[3]}</td></tr>'
        for lid, d in DOCS.items()
    )
    center = f"""{_crumbs(u, "Văn bản", "Văn bản nhà trường")}
<table class="outer" cellspacing="1" width="100%"><tr><th>Tên văn bản</th><th>Ngày đăng</th><th>Lượt tải</th></tr>
{rows}
</table>"""
    return layout(request, f"Văn bản nhà trường - {SITE}", center)


def doc_entry(request: Request) -> Response | None:
    u = base_url(request)
    lid = request.params.get("lid", "")
    d = DOCS.get(int(lid)) if lid.isdigit() else None
    if d is None or request.params.get("cid") != "2":
        return None
    center = f"""{_crumbs(u, f'<a href="{u}/modules/wfdownloads/viewcat.php?cid=2">Văn bản</a>', esc(d[0]))}
<table class="outer" cellspacing="1" width="100%">
<tr><th colspan="2">{esc(d[0])}</th></tr>
<tr><td class="head" width="30%">Mô tả</td><td class="even">{esc(d[4])}</td></tr>
<tr><td class="head">Ngày đăng</td><td class="even">{d[1]}</td></tr>
<tr><td class="head">Kích thước</td><td class="even">{d[2]}</td></tr>
<tr><td class="head">Lượt tải</td><td class="even">{d[3]}</td></tr>
<tr><td class="head">&nbsp;</td><td class="even"><a href="{u}/modules/wfdownloads/visit.php?cid=2&amp;lid={lid}"><img src="{u}/modules/wfdownloads/images/icon/download.gif" alt="" /> Tải về</a></td></tr>
</table>"""
    return layout(request, f"{d[0]} - Văn bản - {SITE}", center)


def album(request: Request) -> Response | None:
    u = base_url(request)
    if request.params.get("id") != "3":
        return None
    thumbs = "\n".join(
        f'<td align="center"><a href="/uploads/extgallery/public-photo/large/hkpd_2026_{i:02d}.jpg" rel="lightbox[album]" '
        f'title="Hội khỏe Phù Đổng 2026 - ảnh {i}"><img src="/uploads/extgallery/public-photo/thumb/thumb_hkpd_2026_{i:02d}.jpg" '
        f'alt="" /></a><br />Lượt xem: {40 + i * 7}</td>{"</tr><tr>" if i % 3 == 0 else ""}'
        for i in range(1, 7)
    )
    center = f"""{_crumbs(u, "Thư viện ảnh", "Hội khỏe Phù Đổng 2026")}
<div class="extgallery"><h2>Hội khỏe Phù Đổng 2026</h2>
<div>Album ảnh Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027 (6 ảnh)</div>
<table width="100%"><tr>
{thumbs}
</tr></table></div>"""
    return layout(request, f"Hội khỏe Phù Đổng 2026 - Thư viện ảnh - {SITE}", center)


def video(request: Request) -> Response | None:
    u = base_url(request)
    if request.params.get("lid") != "4":
        return None
    center = f"""{_crumbs(u, "Video clip", "Văn nghệ chào mừng 20/11/2026")}
<div class="xoopstube"><h3>Văn nghệ chào mừng 20/11/2026</h3>
<div>Ngày đăng: 2026/11/21 &nbsp;|&nbsp; Lượt xem: 215</div>
<div align="center"><iframe width="480" height="270" src="https://www.youtube.com/embed/q3vN8rT2xLk" frameborder="0" allowfullscreen="allowfullscreen"></iframe></div>
<p>Tiết mục múa “Cô giáo em là hoa ê-pan” do tập thể lớp 8A1 biểu diễn trong Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại Trường THCS Chu Văn An.</p>
</div>"""
    return layout(request, f"Văn nghệ chào mừng 20/11/2026 - Video - {SITE}", center)


def redirect_header(request: Request, message: str, to: str = "/user.php") -> Response:
    """XOOPS's redirect_header(): a 200 page that refreshes elsewhere after a message."""
    u = base_url(request)
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="Refresh" content="3; url={u}{to}" /><title>{esc(SITE)}</title></head>
<body><div class="center"><h4>{esc(message)}</h4>
<p>Nếu trang không tự chuyển, <a href="{u}{to}">nhấn vào đây</a></p></div></body></html>"""
    return html(page, charset=None)


def user_page(request: Request) -> Response:
    u = base_url(request)
    msg = "Tên đăng nhập hoặc mật khẩu không đúng!" if request.method == "POST" else ""
    center = f"""{_crumbs(u, "Đăng nhập")}<div class="errorMsg">{msg}</div>
<form action="{u}/user.php" method="post"><table class="outer"><tr><td class="head">Tên đăng nhập</td><td class="even"><input type="text" name="uname" /></td></tr>
<tr><td class="head">Mật khẩu</td><td class="even"><input type="password" name="pass" /></td></tr>
<tr><td colspan="2"><input type="hidden" name="op" value="login" /><input type="submit" value="Đăng nhập" /></td></tr></table></form>"""
    return layout(request, f"Đăng nhập - {SITE}", center)


def poll_page(request: Request) -> Response:
    u = base_url(request)
    center = f"""{_crumbs(u, "Thăm dò ý kiến")}
<table class="outer" cellspacing="1" width="100%"><tr><th colspan="2">Bạn thấy website của trường thế nào?</th></tr>
<tr><td class="even">Rất hữu ích</td><td class="even">58 %</td></tr>
<tr><td class="odd">Hữu ích</td><td class="odd">31 %</td></tr>
<tr><td class="even">Cần cập nhật thường xuyên hơn</td><td class="even">11 %</td></tr>
<tr><td class="foot" colspan="2">Tổng số phiếu: 412</td></tr></table>"""
    return layout(request, f"Thăm dò ý kiến - {SITE}", center)


def _pdf() -> Response:
    return Response(200, PDF, {"Content-Type": "application/pdf", "Content-Disposition": "inline"})


# --- the site --------------------------------------------------------------------------------------


class XoopsSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php"):
            return home(request)
        if path in ("/modules/news/", "/modules/news/index.php"):
            return news_index(request)
        if path == "/modules/news/article.php":
            return article_page(request)
        if path == "/modules/news/print.php":
            return print_page(request)
        if path == "/modules/news/archive.php":
            return archive_page(request)
        if path == "/modules/news/visit.php":
            return _pdf() if request.params.get("fileid") == "31" else None
        if path == "/search.php":
            return search_page(request)
        if path == "/backend.php":
            return backend(request)
        if path == "/modules/tinycontent/index.php":
            return tinycontent(request)
        if path in ("/modules/contact/", "/modules/contact/index.php"):
            return contact(request)
        if path == "/modules/wfdownloads/viewcat.php":
            return doc_list(request)
        if path == "/modules/wfdownloads/singlefile.php":
            return doc_entry(request)
        if path == "/modules/wfdownloads/visit.php":
            return _pdf() if request.params.get("lid", "") in ("13", "14") else None
        if path == "/modules/extgallery/public-album.php":
            return album(request)
        if path == "/modules/xoopstube/singlevideo.php":
            return video(request)
        if path == "/userinfo.php":
            if request.params.get("uid", "") in {str(v) for v in POSTERS.values()}:
                return redirect_header(request, "Xin lỗi, bạn không có quyền truy cập vào khu vực này.")
            return None
        if path == "/user.php":
            return user_page(request)
        if path in ("/modules/xoopspoll/index.php", "/modules/xoopspoll/pollresults.php"):
            return poll_page(request)
        if "." in path.rsplit("/", 1)[-1]:
            return _static(path)
        return None


def build_site() -> XoopsSite:
    return XoopsSite()


# --- gold ------------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    sid = story.id
    alts = [f"/modules/news/print.php?storyid={sid}"]
    if story.opts.get("keywords"):
        alts.append(f"{art(sid)}&keywords={quote_plus(story.opts['keywords'])}")
    _, pages = _split(story)
    if len(pages) > 1:
        alts += [f"{art(sid)}&page={i}" for i in range(len(pages))]
    if story.opts.get("comments"):
        alts += [_comment_link(sid, c[0], c[1]).replace("&amp;", "&").replace("article.php", NEWS + "article.php")
                 for c in COMMENTS]
        alts += [
            f"{NEWS}article.php?com_mode={mode}&com_order={order}&storyid={sid}"
            for mode in ("thread", "nest", "flat")
            for order in (0, 1)
        ]
    return alts


GOLD = [gold_record(BY_ID[sid], art(sid), BY_ID[sid].cat, alt_paths=_alt_paths(BY_ID[sid])) for sid in ORDER]

NON_ARTICLES = [
    "/modules/tinycontent/index.php?id=1",
    "/modules/tinycontent/index.php?id=2",
    "/modules/contact/",
    "/modules/wfdownloads/singlefile.php?cid=2&lid=14",
    "/modules/wfdownloads/singlefile.php?cid=2&lid=13",
    "/modules/extgallery/public-album.php?id=3",
    "/modules/xoopstube/singlevideo.php?cid=1&lid=4",
]
