"""Textpattern CMS 4.8 school site: Trường THCS Nguyễn Trãi, thị xã Nghi Sơn, tỉnh Thanh Hóa.

Platform: Textpattern 4.8 (PHP), theme "nguyentrai" written by the school's IT teacher: Textile
article bodies, sections and categories, ``txp:article`` forms ("default" for the full article,
"ds_bai" for list items), native comments, ``rvm_counter`` view counts, custom fields "Nguồn".

URL scheme (Textpattern permlink mode ``/section/id/url-title``)
- ``/<section>/<id>/<url-title>``: the article (canonical, ``<link rel="canonical">``);
  Textpattern also serves ``/<section>/<id>``, ``/<section>/<url-title>``, ``/index.php?id=<id>``
  and ``/?id=<id>`` for the same article (all in ``alt_paths``);
- ``/<section>/`` and ``/<section>/?pg=<N>``: section lists, 3 a page, only "« Bài mới hơn" /
  "Bài cũ hơn »" links (``txp:newer`` / ``txp:older``), no page numbers;
- ``/`` and ``/?pg=<N>``: the front page, 5 a page, newest first, the first rendered in full;
- ``/category/<cat>``: articles of a Textpattern category, across sections;
- ``/author/<Real+Name>``: articles posted by a CMS account (url-encoded real name);
- ``/?q=<words>``: search; ``/rss/``: feed; ``/images/<n>.jpg`` (thumbnails ``<n>t.jpg``);
  ``/file_download/<n>/<file>``: attachments.

Page templates
- every page: header clock "Thứ Bảy, 05/12/2026", ``<h1>`` = the site name, a menu with
  drop-downs, breadcrumbs, a sidebar (search, "Thông báo" box, "Tin mới", "Đọc nhiều", links,
  visitor counter, poll results) and a footer with address, phone, e-mail;
- article (form "default"): ``<article class="bai-viet">`` → ``<h2>`` permlink to itself, a meta
  line "Đăng bởi <account> | <date>" (``<time datetime>`` in UTC), "Chuyên mục" links, views,
  the excerpt in ``div.tomtat``, the article image (``txp:article_image`` with its caption from
  ``txp:image_info``), the Textile body in ``div.noidung``, custom field "Nguồn", "Cập nhật lần
  cuối", share tools, "Bài viết liên quan" (``txp:related_articles``), comments and the form;
- notices (section ``thong-bao``) use form "thongbao": "Ngày đăng: dd/mm/yyyy" and maybe
  "Hết hạn: dd/mm/yyyy", no time;
- sections ``gioi-thieu`` (intro pages), ``van-ban`` (document entries) and ``thu-vien-anh``
  (albums) use the same URL scheme with their own forms; ``/lien-he/`` is the contact page.

How each gold article is reached: the front page and its ``?pg=2``, ``?pg=3`` list all 13; the
section lists (``tin-tuc`` 5 on two pages, ``hoat-dong`` 4 on two pages, ``chuyen-mon`` 2,
``thong-bao`` 2) list them again. Articles 53 and 55 are reachable only from page 2+ of a
listing (front page 3, section page 2): no category, not in any sidebar box, not related.
Sidebar "Tin mới" links the 5 newest as ``/<section>/<url-title>``, "Đọc nhiều" links 4 as
``/index.php?id=<id>``; "Thông báo" links both notices and an expired one.

Traps
1. ``<h1>`` on every page is the site name "Trường THCS Nguyễn Trãi"; the article's headline is
   an ``<h2>`` whose link points to the page itself, and ``<title>`` reads "Trường THCS Nguyễn
   Trãi | <headline>" (site name first). Gold title: the ``<h2>`` text.
2. Dates are printed by strftime with the vi_VN locale on a 12-hour clock: "Thứ sáu, 04 Tháng
   mười hai 2026, 03:40 CH" is 15:40; "12:10 CH" is 12:10 (noon, not 00:10); "12:00 SA" is
   midnight, so that article's gold is the day alone ("2026-10-15"). Months are words
   ("Tháng mười một"), not numbers.
3. The ``<time datetime>`` around the printed date is written with ``gmt="1"``: UTC with a
   "Z". Article 66, posted "01:15 SA" on 20/11, carries datetime="2026-11-19T18:15:00Z"; gold
   "2026-11-20T01:15:00+07:00" (not the 19th, not 18:15+07:00). Article 53 ("12:00 SA" on
   15/10) carries datetime="2026-10-14T17:00:00Z": its gold is still the day "2026-10-15".
4. The front page renders its newest article in full with the article form (headline link,
   meta line, image, whole body, table, signature): it is still a listing; the article's gold is
   its permalink page. The same headline links from front page, section list, "Tin mới" and
   "Đọc nhiều" use four different URL forms of one article (see alt_paths).
5. Textile inline markup: capitals runs are wrapped ``<span class="caps">THCS</span>`` and
   ``HSG(Học sinh giỏi)`` becomes ``<abbr title="Học sinh giỏi"><span class="caps">HSG</span>
   </abbr>``: the text reads "HSG" with no space added around the spans, and the abbr title is
   not text.
6. Textile footnotes (article 67): the call is ``<sup class="footnote" id="fnrev…"><a
   href="#fn…">1</a></sup>`` glued to the word: not text. The notes under the heading "Chú
   thích" are ``<p class="footnote" id="fn…"><a href="#fnrev…"><sup>1</sup></a> …</p>``: body
   paragraphs, each keeping its printed number ("1 Bộ Giáo dục…").
7. Image lines: a Textile image carries ``alt`` and ``title`` (``!/images/121.jpg(Kế hoạch
   nhỏ)!``) but no printed line: caption None. A caption is a sibling paragraph
   ``<p class="chuthich"><em>(…)</em></p>`` after the image's own ``<p>`` (parentheses taken
   off), or a ``<figcaption>`` (figure form), or ``p.anh-dd-chu`` under the article image,
   which is outside the Textile body and is the article's first photo. A line "Ảnh: X" is a
   credit: caption None, X a photographer.
8. Bylines: "Đăng bởi Quản trị" / "Văn thư" links to ``/author/…``: CMS accounts, nobody. The
   author signs at the end of the text with Textile ``p>.`` (``text-align:right``): a name with
   degree and post ("ThS. Nguyễn Thị Minh Phương - Tổ Ngữ văn" -> "Nguyễn Thị Minh Phương"), a
   unit ("Tổ Chuyên môn", "Công đoàn trường"), "Bài, ảnh: X" (author and photographer) or
   "Tin: X - Ảnh: Y".
9. Comments (``ol.comments``) follow the body: paragraphs with names and dated permalinks
   ("#c000031", dates after the publication) and a preview form posting to the article: not
   body, not dates of the article.
10. Notices print "Ngày đăng: 01/12/2026" (day only); the letterhead notice 68 is dated "Nghi
   Sơn, ngày 30 tháng 11 năm 2026" -> gold "2026-11-30"; notice 63 also prints "Hết hạn:
   10/12/2026" (Textpattern's expiry), and articles print "Cập nhật lần cuối: …" (modified):
   neither is the publication date.
11. An expired notice (id 50) is still linked from the sidebar "Thông báo" box: Textpattern
   answers 410 Gone. Not an article.
12. Sections ``gioi-thieu``, ``van-ban`` and ``thu-vien-anh`` share the article URL scheme
   ``/<section>/<id>/<url-title>``: intro pages, document entries and an album (NON_ARTICLES).
13. Listings are paged only by "Bài cũ hơn »" (``?pg=N+1``) and "« Bài mới hơn": the "older"
   link goes to the higher page number; list dates are relative ("3 ngày trước").
14. Source: the custom field "Nguồn: Phòng GD&ĐT thị xã Nghi Sơn" printed after the body, and
   a right-aligned "Theo Báo Thanh Hóa" closing line; a body sentence "Theo kế hoạch, …" or
   "Theo ông …" is text.

Gold decisions on ambiguous points
- category: the Textpattern section as the breadcrumb prints it ("Tin tức - Sự kiện"), not the
  categories printed under "Chuyên mục".
- summary: the excerpt (``div.tomtat``) when the article has one (it is the body's first
  paragraph); the meta description of article 62 differs from its text and is not a sapo.
- footnote entries keep their number and the space after it ("1 Bộ Giáo dục…"): the number is
  the entry's label, printed apart from the word (trap 6); the heading "Chú thích" is text.
- the letterhead notice: letterhead table, "THÔNG BÁO", "Về lịch …", "Nơi nhận" and signer
  block are not body; its schedule table rows are.
- table rows: cells joined by " | ", header row included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from urllib.parse import quote_plus, unquote_plus

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
)

NAME = "textpattern_thcs"
PLATFORM = "Textpattern CMS 4.8 (PHP), school theme, Textile bodies, comments"
START_PATH = "/"

SITE = "Trường THCS Nguyễn Trãi"
TODAY = date(2026, 12, 5)
HEADER_DAY = "Thứ Bảy, 05/12/2026"
VN = timezone(timedelta(hours=7))

SECTIONS = {
    "tin-tuc": "Tin tức - Sự kiện",
    "hoat-dong": "Hoạt động Đội - Ngoại khóa",
    "chuyen-mon": "Chuyên môn",
    "thong-bao": "Thông báo",
    "gioi-thieu": "Giới thiệu",
    "van-ban": "Văn bản",
    "thu-vien-anh": "Thư viện ảnh",
}
LIST_SECTIONS = ("tin-tuc", "hoat-dong", "chuyen-mon", "thong-bao")
CATEGORIES = {
    "hoc-sinh-gioi": "Học sinh giỏi",
    "thi-dua": "Thi đua - Khen thưởng",
    "doan-doi": "Đoàn - Đội",
    "chuyen-de": "Chuyên đề - Đổi mới",
}
ACCOUNTS = ("Quản trị", "Văn thư")
SECTION_PAGE = 3
FRONT_PAGE = 5

ABBR = {"HSG": "Học sinh giỏi", "GDPT": "Giáo dục phổ thông"}


def _sig(text: str, em: bool = False) -> Raw:
    inner = f"<em>{esc(text)}</em>" if em else f"<strong>{esc(text)}</strong>"
    return Raw(f'<p style="text-align:right;">{inner}</p>')


_LETTERHEAD = (
    '<table class="vb-dau" style="width:100%;border:0">\n\t<tr>\n'
    '\t\t<td style="width:42%;text-align:center;vertical-align:top">UBND THỊ XÃ NGHI SƠN<br />\n'
    "<strong>TRƯỜNG THCS NGUYỄN TRÃI</strong><br />\n"
    "Số: 87/TB-THCSNT</td>\n"
    '\t\t<td style="text-align:center;vertical-align:top"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA'
    " VIỆT NAM</strong><br />\n<strong>Độc lập - Tự do - Hạnh phúc</strong><br />\n"
    "<em>Nghi Sơn, ngày 30 tháng 11 năm 2026</em></td>\n\t</tr>\n</table>\n"
    '<p style="text-align:center;"><strong>THÔNG BÁO</strong></p>\n'
    '<p style="text-align:center;"><strong>Về lịch kiểm tra cuối học kỳ I năm học 2026 - 2027'
    "</strong></p>"
)
_CLOSING = (
    '<table class="vb-cuoi" style="width:100%;border:0">\n\t<tr>\n'
    '\t\t<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />\n'
    "- Các tổ chuyên môn;<br />\n- GVCN các lớp;<br />\n- Website nhà trường;<br />\n"
    "- Lưu: VT.</td>\n"
    '\t\t<td style="text-align:center;vertical-align:top"><strong>KT. HIỆU TRƯỞNG<br />\n'
    "PHÓ HIỆU TRƯỞNG</strong><br />\n<br />\n<em>(Đã ký)</em><br />\n<br />\n"
    "<strong>Trần Văn Dũng</strong></td>\n\t</tr>\n</table>"
)


def _story(id_: int, slug: str, title: str, sec: str, published_at: str | None, posted: str,
           blocks: list, **kw) -> Story:
    opts = kw.pop("opts", {})
    opts["posted"] = datetime.strptime(posted, "%Y-%m-%d %H:%M").replace(tzinfo=VN)
    return Story(id=id_, slug=slug, title=title, cat=sec, published_at=published_at,
                 blocks=blocks, opts=opts, **kw)


STORIES: list[Story] = [
    _story(
        71, "hoc-sinh-truong-thcs-nguyen-trai-gianh-9-giai-thi-hoc-sinh-gioi-cap-thi-xa",
        "Học sinh Trường THCS Nguyễn Trãi giành 9 giải trong kỳ thi học sinh giỏi cấp thị xã"
        " năm học 2026 - 2027",
        "tin-tuc", "2026-12-04T15:40:00+07:00", "2026-12-04 15:40",
        [
            Img("/images/118.jpg", "Thầy Hiệu trưởng Lê Đình Toàn chúc mừng đội tuyển học sinh"
                " giỏi của nhà trường", "Thầy Hiệu trưởng Lê Đình Toàn chúc mừng đội tuyển học"
                " sinh giỏi của nhà trường", style="lead"),
            P("Kỳ thi diễn ra trong hai ngày 28 và 29/11/2026 tại điểm thi Trường THCS Nghi Sơn"
              " với 612 thí sinh của 31 trường THCS trên địa bàn thị xã dự thi 9 môn văn hóa."
              " Nhà trường có 14 em dự thi HSG ở 7 môn."),
            P("Kết quả, 9/14 em đạt giải, gồm 2 giải Nhất, 2 giải Nhì, 3 giải Ba và 2 giải"
              " Khuyến khích; nhà trường xếp thứ 4 toàn thị xã về tổng điểm. Danh sách học sinh"
              " đạt giải:"),
            P("TT | Họ và tên | Lớp | Môn | Giải", "row"),
            P("1 | Lê Thị Ngọc Ánh | 9A | Ngữ văn | Nhất", "row"),
            P("2 | Nguyễn Đức Mạnh | 9B | Toán | Nhất", "row"),
            P("3 | Hoàng Thu Trang | 9A | Tiếng Anh | Nhì", "row"),
            P("4 | Phạm Văn Khôi | 9C | Vật lí | Nhì", "row"),
            P("5 | Trịnh Minh Châu | 9A | Lịch sử | Ba", "row"),
            P("6 | Lê Bảo Ngọc | 9B | Địa lí | Ba", "row"),
            P("7 | Mai Xuân Trường | 9C | Tin học | Ba", "row"),
            P("8 | Đặng Thùy Linh | 9B | Sinh học | Khuyến khích", "row"),
            P("9 | Vũ Quốc Bảo | 9A | Hóa học | Khuyến khích", "row"),
            Img("/images/119.jpg", "(Các em học sinh đạt giải Nhất, Nhì chụp ảnh lưu niệm cùng"
                " thầy cô giáo)", "Các em học sinh đạt giải Nhất, Nhì chụp ảnh lưu niệm cùng"
                " thầy cô giáo", style="p"),
            P("Thành tích trên là kết quả của quá trình bồi dưỡng bền bỉ từ đầu năm học của đội"
              " ngũ giáo viên và sự nỗ lực của các em. Đây là năm thứ ba liên tiếp nhà trường"
              " có học sinh đạt giải Nhất cấp thị xã ở môn Ngữ văn."),
            P("Các em đạt giải Nhất, Nhì sẽ tiếp tục được bồi dưỡng để tham dự kỳ thi chọn HSG"
              " cấp tỉnh dự kiến tổ chức vào tháng 3/2027."),
            _sig("Tổ Chuyên môn"),
        ],
        authors=["Tổ Chuyên môn"],
        summary="Kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã Nghi Sơn năm học 2026 - 2027 vừa"
        " khép lại, đội tuyển của Trường THCS Nguyễn Trãi giành 9 giải, trong đó có 2 giải"
        " Nhất.",
        sapo_outside=True,
        opts={"account": "Quản trị", "cats": ["hoc-sinh-gioi", "thi-dua"],
              "modified": "2026-12-05 07:50",
              "comments": [
                  ("c000031", "Phụ huynh Nguyễn Văn Bình", "2026-12-04 20:02",
                   "Chúc mừng các con và các thầy cô! Mong nhà trường tiếp tục giữ vững"
                   " thành tích."),
                  ("c000032", "Cựu học sinh khóa 2015 - 2019", "2026-12-05 06:45",
                   "Tự hào về trường mình. Chúc đội tuyển thi cấp tỉnh thật tốt."),
              ]},
    ),
    _story(
        69, "lien-doi-phat-dong-phong-trao-ke-hoach-nho-gay-quy-ao-am-cho-ban",
        "Liên đội phát động phong trào “Kế hoạch nhỏ” gây quỹ “Áo ấm cho bạn” năm 2026",
        "hoat-dong", "2026-12-02T16:05:00+07:00", "2026-12-02 16:05",
        [
            P("Sáng thứ Hai ngày 30/11/2026, trong buổi chào cờ đầu tuần, Liên đội Trường THCS"
              " Nguyễn Trãi đã phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai"
              " nhựa để gây quỹ “Áo ấm cho bạn” giúp đỡ các bạn học sinh có hoàn cảnh khó"
              " khăn."),
            Img("/images/121.jpg", "Kế hoạch nhỏ", None, style="alt"),
            P("Theo kế hoạch, mỗi chi đội thu gom tối thiểu 50 kg giấy vụn và 100 vỏ chai nhựa;"
              " thời gian thu gom từ ngày 30/11 đến hết ngày 18/12/2026. Số tiền thu được dùng"
              " để mua áo ấm, sách vở tặng các bạn trong dịp Tết Dương lịch."),
            P("Một số yêu cầu đối với các chi đội", "h3"),
            P("Phân công đội viên thu gom, phân loại giấy vụn, vỏ chai ngay tại lớp;", "li"),
            P("Ghi chép sổ theo dõi, nộp về Liên đội vào sáng thứ Bảy hằng tuần;", "li"),
            P("Không mua giấy, vỏ chai để nộp thay cho việc thu gom.", "li"),
            P("Kết quả của phong trào được tính vào điểm thi đua học kỳ I của các chi đội."),
            _sig("Đỗ Văn Hùng - TPT Đội"),
        ],
        authors=["Đỗ Văn Hùng"],
        opts={"account": "Quản trị", "cats": ["doan-doi"]},
    ),
    _story(
        68, "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "thong-bao", "2026-11-30", "2026-12-01 08:10",
        [
            Raw(_LETTERHEAD),
            P("Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027; căn cứ Kế hoạch kiểm tra,"
              " đánh giá học kỳ I đã được Hiệu trưởng phê duyệt, Trường THCS Nguyễn Trãi thông"
              " báo lịch kiểm tra cuối học kỳ I như sau:"),
            P("1. Các môn kiểm tra tập trung"),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "row"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
            P("21/12/2026 | Chiều | Tiếng Anh | 60 phút", "row"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "row"),
            P("23/12/2026 | Sáng | Khoa học tự nhiên | 60 phút", "row"),
            P("2. Các môn còn lại do giáo viên bộ môn tổ chức kiểm tra trên lớp theo thời khóa"
              " biểu, hoàn thành trước ngày 26/12/2026."),
            P("3. Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh;"
              " nhắc nhở học sinh ôn tập và thực hiện nghiêm quy chế kiểm tra."),
            Raw(_CLOSING),
        ],
        authors=["Trần Văn Dũng"],
        opts={"account": "Văn thư", "cats": []},
    ),
    _story(
        67, "chuyen-de-day-hoc-doc-hieu-van-ban-nghi-luan-xa-hoi",
        "Chuyên đề: Dạy học đọc hiểu văn bản nghị luận xã hội theo Chương trình GDPT 2018",
        "chuyen-mon", "2026-11-25T09:20:00+07:00", "2026-11-25 09:20",
        [
            P("1. Đặt vấn đề", "h3"),
            P("Chương trình GDPT 2018 môn Ngữ văn chú trọng phát triển năng lực đọc hiểu theo"
              " đặc trưng thể loại.", "fncall:1:thể loại"),
            P("Văn bản nghị luận xã hội gần gũi với đời sống nhưng học sinh thường chỉ tóm tắt ý"
              " kiến mà chưa chỉ ra được cách người viết lập luận."),
            P("“Đọc hiểu không chỉ là hiểu văn bản nói gì mà còn là hiểu văn bản được viết ra"
              " như thế nào.”", "quote"),
            P("2. Một số biện pháp", "h3"),
            P("Cho học sinh xác định vấn đề nghị luận và ý kiến của người viết qua câu chủ đề;",
              "ol"),
            P("Dùng sơ đồ để chỉ ra hệ thống luận điểm, lí lẽ, bằng chứng;", "ol"),
            P("Tổ chức cho học sinh liên hệ vấn đề với bản thân và thực tế địa phương.", "ol"),
            P("Qua một học kỳ áp dụng ở các lớp 8A, 8B và 9A, tỉ lệ học sinh đạt mức khá, giỏi"
              " ở câu hỏi đọc hiểu trong bài kiểm tra giữa kỳ tăng từ 54% lên 71%.",
              "fncall:2:71%"),
            P("Chú thích", "h3"),
            P("1 Bộ Giáo dục và Đào tạo, Chương trình giáo dục phổ thông môn Ngữ văn (ban hành"
              " kèm Thông tư số 32/2018/TT-BGDĐT).", "fn:1"),
            P("2 Số liệu thống kê của Tổ Ngữ văn, Trường THCS Nguyễn Trãi, tháng 11/2026.",
              "fn:2"),
            _sig("ThS. Nguyễn Thị Minh Phương - Tổ Ngữ văn"),
        ],
        authors=["Nguyễn Thị Minh Phương"],
        summary="Bài viết chia sẻ kinh nghiệm tổ chức hoạt động đọc hiểu văn bản nghị luận xã hội"
        " cho học sinh lớp 8, lớp 9 theo định hướng phát triển năng lực.",
        sapo_outside=True,
        opts={"account": "Quản trị", "cats": ["chuyen-de"]},
    ),
    _story(
        66, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc", "2026-11-20T01:15:00+07:00", "2026-11-20 01:15",
        [
            Img("/images/112.jpg", "Quang cảnh buổi lễ", "Quang cảnh buổi lễ", style="lead"),
            P("Về dự buổi lễ có ông Nguyễn Văn Thắng, Phó Chủ tịch UBND phường Hải Hòa; đại diện"
              " Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo đã nghỉ hưu của nhà"
              " trường."),
            Img("/images/113.jpg", "(Tiết mục văn nghệ chào mừng do học sinh lớp 7A biểu diễn)",
                "Tiết mục văn nghệ chào mừng do học sinh lớp 7A biểu diễn", style="p"),
            P("Phát biểu tại buổi lễ, thầy Hiệu trưởng Lê Đình Toàn ôn lại truyền thống vẻ vang"
              " của ngày Nhà giáo Việt Nam, đánh giá những kết quả nổi bật của nhà trường trong"
              " năm học vừa qua và phát động đợt thi đua mới."),
            P("Dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong phong"
              " trào thi đua “Hai tốt” và 4 giáo viên đạt giải trong Hội thi giáo viên dạy giỏi"
              " cấp trường."),
            Img("/images/114.jpg", "Ảnh: Lê Thị Thu Hà", None, style="p"),
            P("Buổi lễ khép lại trong không khí ấm áp, để lại nhiều cảm xúc cho các thế hệ thầy"
              " và trò Trường THCS Nguyễn Trãi."),
            _sig("Bài, ảnh: Lê Thị Thu Hà"),
        ],
        authors=["Lê Thị Thu Hà"],
        photographers=["Lê Thị Thu Hà"],
        summary="Sáng 19/11/2026, Trường THCS Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm"
        " Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026).",
        sapo_outside=True,
        opts={"account": "Quản trị", "cats": ["thi-dua"],
              "comments": [
                  ("c000027", "Nguyễn Thị Hạnh", "2026-11-20 19:30",
                   "Kính chúc các thầy cô luôn mạnh khỏe, hạnh phúc và thành công!"),
              ]},
    ),
    _story(
        64, "soi-noi-hoi-thi-rung-chuong-vang-khoi-8",
        "Sôi nổi Hội thi “Rung chuông vàng” khối 8",
        "hoat-dong", "2026-11-17T07:30:00+07:00", "2026-11-17 07:30",
        [
            P("Chiều 16/11/2026, Liên đội Trường THCS Nguyễn Trãi tổ chức Hội thi “Rung chuông"
              " vàng” dành cho 120 học sinh khối 8 với chủ đề “Em yêu quê hương Nghi Sơn”."),
            Img("/images/107.jpg", "Các thí sinh tham gia vòng loại trên sân trường",
                "Các thí sinh tham gia vòng loại trên sân trường", style="fig"),
            P("Hội thi gồm 30 câu hỏi thuộc các lĩnh vực lịch sử, địa lí, văn hóa địa phương,"
              " an toàn giao thông và kiến thức các môn học. Em Nguyễn Hà My (lớp 8B) là thí"
              " sinh duy nhất vượt qua câu hỏi cuối cùng và rung chuông vàng."),
            Img("/images/108.jpg", "Em Nguyễn Hà My (lớp 8B) nhận giải Nhất",
                "Em Nguyễn Hà My (lớp 8B) nhận giải Nhất", style="fig"),
            P("Ban tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và giải “Cổ động viên nhiệt"
              " tình nhất” cho tập thể lớp 8C."),
            _sig("Tin: Phạm Thu Trang - Ảnh: Vũ Minh Đức", em=True),
        ],
        authors=["Phạm Thu Trang"],
        photographers=["Vũ Minh Đức"],
        opts={"account": "Quản trị", "cats": ["hoc-sinh-gioi"],
              "comments": [
                  ("c000024", "Trần Hà", "2026-11-18 21:10",
                   "Hội thi rất bổ ích, con em về kể mãi. Cảm ơn Liên đội!"),
              ]},
    ),
    _story(
        63, "thong-bao-nop-ho-so-mien-giam-hoc-phi-hoc-ky-i",
        "Thông báo về việc nộp hồ sơ đề nghị miễn, giảm học phí học kỳ I",
        "thong-bao", "2026-11-14", "2026-11-14 10:30",
        [
            P("Thực hiện Nghị định số 81/2021/NĐ-CP của Chính phủ quy định về cơ chế thu, quản"
              " lí học phí và chính sách miễn, giảm học phí, hỗ trợ chi phí học tập, Trường THCS"
              " Nguyễn Trãi thông báo đến cha mẹ học sinh như sau:"),
            P("Thời gian nhận hồ sơ: từ ngày 16/11/2026 đến hết ngày 10/12/2026 (trong giờ hành"
              " chính);", "li"),
            P("Hồ sơ gồm: đơn đề nghị theo mẫu, bản sao giấy tờ chứng minh thuộc diện được miễn,"
              " giảm;", "li"),
            P("Nơi nhận: phòng Văn thư (gặp cô Lê Thị Hoa).", "li"),
            P("Quá thời hạn trên, nhà trường không giải quyết các trường hợp nộp muộn."),
            _sig("Văn phòng nhà trường"),
        ],
        authors=["Văn phòng nhà trường"],
        opts={"account": "Văn thư", "cats": [], "expires": "10/12/2026"},
    ),
    _story(
        62, "doan-danh-gia-ngoai-lam-viec-tai-truong-thcs-nguyen-trai",
        "Đoàn đánh giá ngoài làm việc tại Trường THCS Nguyễn Trãi",
        "tin-tuc", "2026-11-12T12:10:00+07:00", "2026-11-12 12:10",
        [
            P("Từ ngày 10 đến 12/11/2026, Đoàn đánh giá ngoài của Sở Giáo dục và Đào tạo Thanh"
              " Hóa do ông Hoàng Minh Tuấn, Phó Trưởng phòng Khảo thí và Kiểm định chất lượng"
              " làm trưởng đoàn đã làm việc tại Trường THCS Nguyễn Trãi."),
            P("Đoàn đã nghiên cứu hồ sơ, phỏng vấn cán bộ quản lí, giáo viên, nhân viên, học sinh;"
              " dự giờ 8 tiết dạy và khảo sát cơ sở vật chất của nhà trường."),
            Img("/images/104.jpg", "Đoàn đánh giá ngoài", None, style="alt"),
            P("Kết luận buổi làm việc, trưởng đoàn ghi nhận nhà trường đã chuẩn bị hồ sơ tự đánh"
              " giá chu đáo, khoa học; đề nghị tiếp tục đầu tư thiết bị dạy học môn Khoa học tự"
              " nhiên và Tin học."),
            P("Kết quả đánh giá chính thức sẽ được Sở GD&ĐT thông báo bằng văn bản."),
        ],
        source="Phòng GD&ĐT thị xã Nghi Sơn",
        opts={"account": "Quản trị", "cats": [],
              "description": "Đoàn đánh giá ngoài của Sở GD&ĐT Thanh Hóa làm việc tại trường"
              " từ 10 đến 12/11/2026.",
              "nguon": "Phòng GD&ĐT thị xã Nghi Sơn"},
    ),
    _story(
        60, "thao-giang-chao-mung-ngay-nha-giao-viet-nam-24-tiet-day-dat-loai-gioi",
        "Thao giảng chào mừng Ngày Nhà giáo Việt Nam: 24 tiết dạy đạt loại Giỏi",
        "chuyen-mon", "2026-11-06T15:15:00+07:00", "2026-11-06 15:15",
        [
            P("Các tiết dạy được thiết kế theo hướng phát triển phẩm chất, năng lực học sinh;"
              " nhiều giáo viên mạnh dạn ứng dụng công nghệ thông tin, sử dụng phần mềm trình"
              " chiếu và học liệu số."),
            P("Tổ chuyên môn | Số tiết | Giỏi | Khá", "row"),
            P("Khoa học Tự nhiên | 14 | 11 | 3", "row"),
            P("Khoa học Xã hội | 12 | 9 | 3", "row"),
            P("Ngoại ngữ - Nghệ thuật | 6 | 4 | 2", "row"),
            P("Ban giám hiệu đề nghị các tổ chuyên môn tổ chức rút kinh nghiệm, nhân rộng các"
              " tiết dạy tốt trong đợt sinh hoạt chuyên môn theo nghiên cứu bài học tháng 11."),
            _sig("Bùi Thị Lan - Phó Hiệu trưởng"),
        ],
        authors=["Bùi Thị Lan"],
        summary="Đợt thao giảng thứ nhất diễn ra từ ngày 19/10 đến 05/11/2026 với 32 tiết dạy của"
        " 32 giáo viên ở tất cả các tổ chuyên môn.",
        sapo_outside=True,
        opts={"account": "Quản trị", "cats": ["chuyen-de", "thi-dua"]},
    ),
    _story(
        59, "hoc-sinh-khoi-9-trai-nghiem-tai-khu-di-tich-lam-kinh",
        "Học sinh khối 9 trải nghiệm tại Khu di tích lịch sử Lam Kinh",
        "hoat-dong", "2026-11-03T14:00:00+07:00", "2026-11-03 14:00",
        [
            Img("/images/101.jpg", "Học sinh dâng hương tại Khu di tích Lam Kinh",
                "Học sinh dâng hương tại Khu di tích Lam Kinh", style="lead"),
            P("Ngày 01/11/2026, 186 học sinh khối 9 cùng 12 thầy cô giáo Trường THCS Nguyễn Trãi"
              " đã tham gia chuyến học tập trải nghiệm tại Khu di tích lịch sử quốc gia đặc biệt"
              " Lam Kinh (huyện Thọ Xuân)."),
            P("Tại đây, các em được nghe thuyết minh về cuộc khởi nghĩa Lam Sơn, về người anh"
              " hùng Lê Lợi và danh nhân Nguyễn Trãi - người mà ngôi trường mang tên."),
            Img("/images/102.jpg", "(Các em ghi chép, hoàn thành phiếu học tập tại Chính điện"
                " Lam Kinh)", "Các em ghi chép, hoàn thành phiếu học tập tại Chính điện Lam"
                " Kinh", style="p"),
            P("Sau chuyến đi, mỗi lớp hoàn thành một sản phẩm báo cáo bằng tranh ảnh, bài thu"
              " hoạch để trưng bày trong tiết Hoạt động trải nghiệm, hướng nghiệp."),
            _sig("Hoàng Văn Nam"),
        ],
        authors=["Hoàng Văn Nam"],
        opts={"account": "Quản trị", "cats": ["doan-doi"]},
    ),
    _story(
        57, "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        "Hội nghị viên chức, người lao động năm học 2026 - 2027",
        "tin-tuc", "2026-10-28T09:00:00+07:00", "2026-10-28 09:00",
        [
            P("Chiều 27/10/2026, Trường THCS Nguyễn Trãi tổ chức Hội nghị viên chức, người lao"
              " động năm học 2026 - 2027 với sự tham dự của 48 cán bộ, giáo viên, nhân viên."),
            P("Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025 - 2026, phương"
              " hướng nhiệm vụ năm học mới; thảo luận, sửa đổi Quy chế chi tiêu nội bộ và Quy"
              " chế dân chủ ở cơ sở."),
            P("Chỉ tiêu phấn đấu năm học 2026 - 2027:"),
            P("Tỉ lệ học sinh lên lớp thẳng đạt 98% trở lên;", "li"),
            P("Có ít nhất 15 giải học sinh giỏi cấp thị xã, 3 giải cấp tỉnh;", "li"),
            P("Duy trì trường đạt chuẩn quốc gia mức độ 2.", "li"),
            P("Hội nghị cũng bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí."),
            _sig("Công đoàn trường"),
        ],
        authors=["Công đoàn trường"],
        opts={"account": "Quản trị", "cats": []},
    ),
    _story(
        55, "hoi-thi-cam-hoa-chao-mung-ngay-phu-nu-viet-nam-20-10",
        "Hội thi cắm hoa chào mừng Ngày Phụ nữ Việt Nam 20/10",
        "hoat-dong", "2026-10-20T08:45:00+07:00", "2026-10-20 08:45",
        [
            P("Hưởng ứng Ngày Phụ nữ Việt Nam 20/10, sáng 19/10/2026 Liên đội Trường THCS Nguyễn"
              " Trãi tổ chức Hội thi cắm hoa dành cho 24 chi đội."),
            Img("/images/98.jpg", "(Tác phẩm đạt giải Nhất của chi đội 7A)",
                "Tác phẩm đạt giải Nhất của chi đội 7A", style="p"),
            P("Với những bông hoa tươi và vật liệu đơn giản, các đội đã tạo nên nhiều tác phẩm"
              " mang ý nghĩa tri ân bà, mẹ và cô giáo. Ban giám khảo trao giải Nhất cho chi đội"
              " 7A, giải Nhì cho chi đội 9B và 6C."),
            _sig("Tin, ảnh: Đỗ Văn Hùng"),
        ],
        authors=["Đỗ Văn Hùng"],
        photographers=["Đỗ Văn Hùng"],
        opts={"account": "Quản trị", "cats": []},
    ),
    _story(
        53, "hoi-khuyen-hoc-thi-xa-trao-tang-200-bo-sach-giao-khoa",
        "Hội Khuyến học thị xã trao tặng 200 bộ sách giáo khoa cho học sinh",
        "tin-tuc", "2026-10-15", "2026-10-15 00:00",
        [
            P("Ngày 14/10/2026, Hội Khuyến học thị xã Nghi Sơn đã trao tặng 200 bộ sách giáo khoa"
              " từ lớp 6 đến lớp 9 cho học sinh có hoàn cảnh khó khăn của Trường THCS Nguyễn"
              " Trãi."),
            P("Theo ông Lê Văn Hưng, Chủ tịch Hội Khuyến học thị xã, đây là hoạt động thường niên"
              " nhằm tiếp sức cho học sinh vượt khó, học tốt."),
            P("Thay mặt nhà trường, thầy Lê Đình Toàn cảm ơn sự quan tâm của Hội và cam kết sử"
              " dụng sách đúng mục đích, lập tủ sách dùng chung cho các năm học sau."),
            _sig("Theo Báo Thanh Hóa", em=True),
        ],
        source="Báo Thanh Hóa",
        opts={"account": "Quản trị", "cats": []},
    ),
]
BY_ID = {s.id: s for s in STORIES}
NEWEST = sorted(STORIES, key=lambda s: s.opts["posted"], reverse=True)
MOST_READ = (66, 62, 60, 57)

EXPIRED = (50, "thong-bao", "thong-bao-tuyen-chon-doi-tuyen-bong-da-hoc-sinh",
           "Thông báo tuyển chọn đội tuyển bóng đá học sinh")


@dataclass
class Page:
    """A non-article entry of the same URL scheme (intro page, document entry, album)."""

    id: int
    sec: str
    slug: str
    title: str
    body: str


PAGES = [
    Page(3, "gioi-thieu", "lich-su-nha-truong", "Lịch sử nhà trường",
         "<p>Trường THCS Nguyễn Trãi được thành lập năm 1978 trên cơ sở tách ra từ Trường phổ"
         " thông cấp II Hải Hòa. Trải qua gần 50 năm xây dựng và phát triển, nhà trường đã nhiều"
         " năm liền đạt danh hiệu Tập thể lao động xuất sắc.</p>\n"
         "<p>Năm 2019, trường được công nhận đạt chuẩn quốc gia mức độ 2.</p>\n"
         '<p><img src="/images/5.jpg" alt="Cổng trường" title="Cổng trường" /></p>'),
    Page(4, "gioi-thieu", "co-cau-to-chuc", "Cơ cấu tổ chức",
         "<h3>Ban giám hiệu</h3>\n<ul>\n\t<li>Hiệu trưởng: Lê Đình Toàn</li>\n"
         "\t<li>Phó Hiệu trưởng: Trần Văn Dũng</li>\n\t<li>Phó Hiệu trưởng: Bùi Thị Lan</li>\n"
         "</ul>\n<h3>Các tổ chuyên môn</h3>\n<ul>\n\t<li>Tổ Khoa học Tự nhiên</li>\n"
         "\t<li>Tổ Khoa học Xã hội</li>\n\t<li>Tổ Ngoại ngữ - Nghệ thuật</li>\n"
         "\t<li>Tổ Văn phòng</li>\n</ul>"),
    Page(48, "van-ban", "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
         "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
         '<table class="vb-thongtin">\n\t<tr><th>Số hiệu</th><td>152/KH-THCSNT</td></tr>\n'
         "\t<tr><th>Ngày ban hành</th><td>05/09/2026</td></tr>\n"
         "\t<tr><th>Người ký</th><td>Lê Đình Toàn</td></tr>\n"
         "\t<tr><th>Trích yếu</th><td>Kế hoạch giáo dục nhà trường năm học 2026 - 2027</td></tr>\n"
         "</table>\n"
         '<p class="tep">Tải về: <a href="/file_download/7/ke-hoach-giao-duc-2026-2027.pdf">'
         "ke-hoach-giao-duc-2026-2027.pdf</a> (412 KB, 128 lượt tải)</p>"),
    Page(52, "van-ban", "quyet-dinh-thanh-lap-ban-kiem-tra-noi-bo",
         "Quyết định thành lập Ban kiểm tra nội bộ năm học 2026 - 2027",
         '<table class="vb-thongtin">\n\t<tr><th>Số hiệu</th><td>160/QĐ-THCSNT</td></tr>\n'
         "\t<tr><th>Ngày ban hành</th><td>12/09/2026</td></tr>\n"
         "\t<tr><th>Người ký</th><td>Lê Đình Toàn</td></tr>\n"
         "\t<tr><th>Trích yếu</th><td>Thành lập Ban kiểm tra nội bộ trường học</td></tr>\n"
         "</table>\n"
         '<p class="tep">Tải về: <a href="/file_download/8/qd-ban-kiem-tra-noi-bo.pdf">'
         "qd-ban-kiem-tra-noi-bo.pdf</a> (215 KB, 64 lượt tải)</p>"),
    Page(65, "thu-vien-anh", "album-ky-niem-ngay-nha-giao-viet-nam-20-11-2026",
         "Album: Kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026",
         '<ul class="gallery">\n'
         + "".join(
             f'\t<li><a href="/images/{n}.jpg"><img src="/images/{n}t.jpg" alt="" '
             f'width="150" height="100" /></a></li>\n'
             for n in (112, 113, 114, 115, 116, 117)
         )
         + "</ul>\n<p>6 ảnh · Người đăng: Quản trị</p>"),
]
PAGE_BY_ID = {p.id: p for p in PAGES}


# --- formatting -----------------------------------------------------------------------------

_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
_MONTHS = ("Tháng một", "Tháng hai", "Tháng ba", "Tháng tư", "Tháng năm", "Tháng sáu",
           "Tháng bảy", "Tháng tám", "Tháng chín", "Tháng mười", "Tháng mười một",
           "Tháng mười hai")


def vi_datetime(dt: datetime) -> str:
    """strftime("%A, %d %B %Y, %I:%M %p") under the vi_VN locale."""
    hour12 = dt.hour % 12 or 12
    ampm = "SA" if dt.hour < 12 else "CH"
    return (f"{_WEEKDAYS[dt.weekday()]}, {dt.day:02d} {_MONTHS[dt.month - 1]} {dt.year},"
            f" {hour12:02d}:{dt.minute:02d} {ampm}")


def utc_iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def since(dt: datetime) -> str:
    days = (TODAY - dt.date()).days
    if days < 1:
        return "Hôm nay"
    if days < 14:
        return f"{days} ngày trước"
    if days < 60:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


_CAPS = re.compile(r"(?<![\w&#;])([A-ZĐ][A-ZĐ0-9]{2,})(?![\w])")


def inline(text: str) -> str:
    """Textile's inline pass: escape, then span the capitals runs (abbr when it knew one)."""
    escaped = esc(text).replace("&#x27;", "’")

    def caps(m: re.Match) -> str:
        word = m.group(1)
        span = f'<span class="caps">{word}</span>'
        return f'<abbr title="{esc(ABBR[word])}">{span}</abbr>' if word in ABBR else span

    return _CAPS.sub(caps, escaped)


def _fn_id(story: Story, n: int) -> str:
    return f"{story.id}{n}a8c{story.id % 7}"


def render_body(story: Story) -> str:
    """The Textile output of the body (without the article image, which is a field)."""
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "lead")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_img(b))
        elif b.style in ("li", "ol", "row"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            if b.style == "row":
                rows = []
                for k, r in enumerate(group):
                    tag = "th" if k == 0 else "td"
                    cells = "".join(f"\n\t\t\t<{tag}>{inline(c)}</{tag}>"
                                    for c in r.text.split(" | "))
                    rows.append(f"\t\t<tr>{cells}\n\t\t</tr>")
                out.append('<table class="bang">\n' + "\n".join(rows) + "\n\t</table>")
            else:
                tag = "ul" if b.style == "li" else "ol"
                items = "\n".join(f"\t\t<li>{inline(r.text)}</li>" for r in group)
                out.append(f"<{tag}>\n{items}\n\t</{tag}>")
            i = j
            continue
        elif b.style == "h3":
            out.append(f"<h3>{inline(b.text)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote>\n\t\t<p>{inline(b.text)}</p>\n\t</blockquote>")
        elif b.style.startswith("fncall:"):
            _, n, anchor = b.style.split(":", 2)
            html_text = inline(b.text)
            mark = esc(anchor)
            fid = _fn_id(story, int(n))
            sup = (f'<sup class="footnote" id="fnrev{fid}"><a href="#fn{fid}">{n}</a></sup>')
            pos = html_text.index(mark) + len(mark)
            out.append(f"<p>{html_text[:pos]}{sup}{html_text[pos:]}</p>")
        elif b.style.startswith("fn:"):
            n = b.style.split(":", 1)[1]
            fid = _fn_id(story, int(n))
            rest = b.text[len(n) + 1:]
            out.append(f'<p class="footnote" id="fn{fid}"><a href="#fnrev{fid}"><sup>{n}</sup>'
                       f"</a> {inline(rest)}</p>")
        else:
            out.append(f"<p>{inline(b.text)}</p>")
        i += 1
    return "\n\n\t".join(out)


def render_img(img: Img) -> str:
    if img.style == "alt":
        alt = esc(img.printed or "")
        return f'<p><img alt="{alt}" src="{img.src}" title="{alt}" /></p>'
    if img.style == "fig":
        return (f'<figure class="hinh">\n\t\t<img src="{img.src}" alt="" width="640" '
                f'height="427" />\n\t\t<figcaption>{esc(img.printed or "")}</figcaption>\n'
                "\t</figure>")
    line = f'\n\n\t<p class="chuthich"><em>{esc(img.printed)}</em></p>' if img.printed else ""
    return f'<p><img alt="" src="{img.src}" /></p>{line}'


# --- URLs -----------------------------------------------------------------------------------


def permlink(s: Story) -> str:
    return f"/{s.cat}/{s.id}/{s.slug}"


def author_path(account: str) -> str:
    return "/author/" + quote_plus(account)


def alt_paths(s: Story) -> list[str]:
    return [f"/{s.cat}/{s.slug}", f"/{s.cat}/{s.id}", f"/index.php?id={s.id}", f"/?id={s.id}"]


# --- chrome ---------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [(f"/gioi-thieu/{p.id}/{p.slug}", p.title)
                                     for p in PAGES if p.sec == "gioi-thieu"]),
    ("/tin-tuc/", "Tin tức - Sự kiện", [(f"/category/{k}", v) for k, v in CATEGORIES.items()]),
    ("/hoat-dong/", "Hoạt động Đội", []),
    ("/chuyen-mon/", "Chuyên môn", []),
    ("/thong-bao/", "Thông báo", []),
    ("/van-ban/", "Văn bản", []),
    ("/thu-vien-anh/", "Thư viện ảnh", []),
    ("/lien-he/", "Liên hệ", []),
]


def _menu() -> str:
    items = []
    for href, label, subs in _MENU:
        sub = ""
        if subs:
            sub = '<ul class="menu-con">' + "".join(
                f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in subs) + "</ul>"
        items.append(f'<li class="muc{" co-con" if subs else ""}"><a href="{href}">'
                     f"{esc(label)}</a>{sub}</li>")
    return '<nav id="menu-chinh"><ul>' + "".join(items) + "</ul></nav>"


def _sidebar() -> str:
    notices = [s for s in NEWEST if s.cat == "thong-bao"]
    tb = "".join(f'<li><a href="{permlink(s)}">{esc(s.title)}</a></li>' for s in notices)
    eid, esec, eslug, etitle = EXPIRED
    tb += f'<li><a href="/{esec}/{eid}/{eslug}">{esc(etitle)}</a></li>'
    newest = "".join(f'<li><a href="/{s.cat}/{s.slug}">{esc(s.title)}</a></li>'
                     for s in NEWEST[:5])
    read = "".join(
        f'<li><a href="/index.php?id={i}">{esc(BY_ID[i].title)}</a> '
        f'<span class="luot">({BY_ID[i].views()} lượt xem)</span></li>' for i in MOST_READ)
    return f"""<aside id="cot-phai">
<div class="hop tim-kiem"><form method="get" action="/"><input type="search" name="q" placeholder="Tìm kiếm..." /> <input type="submit" value="Tìm" /></form></div>
<div class="hop"><h4 class="hop-tieude">Thông báo</h4><ul class="ds-thongbao">{tb}</ul></div>
<div class="hop"><h4 class="hop-tieude">Tin mới</h4><ul>{newest}</ul></div>
<div class="hop"><h4 class="hop-tieude">Đọc nhiều</h4><ol>{read}</ol></div>
<div class="hop"><h4 class="hop-tieude">Liên kết</h4><ul>
<li><a href="https://thanhhoa.edu.vn/" target="_blank">Sở GD&amp;ĐT Thanh Hóa</a></li>
<li><a href="https://pgdnghison.edu.vn/" target="_blank">Phòng GD&amp;ĐT thị xã Nghi Sơn</a></li>
<li><a href="https://csdl.moet.gov.vn/" target="_blank">Cơ sở dữ liệu ngành</a></li>
<li><a href="https://www.facebook.com/thcsnguyentrai.nghison" target="_blank">Fanpage nhà trường</a></li>
</ul></div>
<div class="hop"><h4 class="hop-tieude">Thăm dò ý kiến</h4><p>Bạn biết đến website qua đâu?</p>
<ul class="ket-qua-bc"><li>Giáo viên giới thiệu: 46%</li><li>Mạng xã hội: 31%</li><li>Tìm kiếm: 23%</li></ul></div>
<div class="hop thong-ke"><h4 class="hop-tieude">Thống kê truy cập</h4>
<p>Đang online: 12<br />Hôm nay: 347<br />Tổng truy cập: 1.284.903</p></div>
<div class="hop"><a href="/rss/"><img src="/themes/nguyentrai/img/rss.png" alt="RSS" width="16" height="16" /> Tin RSS</a></div>
</aside>"""


def page(request: Request, head_title: str, main: str, crumbs: list[tuple[str, str]],
         body_id: str, extra_head: str = "") -> Response:
    crumb_html = ' <span class="sep">»</span> '.join(
        f'<a href="{h}">{esc(t)}</a>' if h else f"<span>{esc(t)}</span>" for h, t in crumbs)
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="generator" content="Textpattern CMS" />
<title>{esc(head_title)}</title>
{extra_head}<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss/" />
<link rel="stylesheet" href="/themes/nguyentrai/styles/default.css" />
<script src="/themes/nguyentrai/js/menu.js"></script>
</head>
<body id="{body_id}">
<div id="thanh-tren"><span class="ngay-hom-nay">{HEADER_DAY}</span> | <a href="/lien-he/">Liên hệ</a> | <a href="/rss/">RSS</a></div>
<header id="dau-trang">
<a href="/"><img src="/themes/nguyentrai/img/logo.png" alt="Logo" width="90" height="90" /></a>
<h1><a href="/" rel="home">{esc(SITE)}</a></h1>
<p class="khau-hieu">Thị xã Nghi Sơn - Tỉnh Thanh Hóa</p>
</header>
{_menu()}
<div class="duong-dan">{crumb_html}</div>
<div id="khung">
<main id="noi-dung-chinh">
{main}
</main>
{_sidebar()}
</div>
<footer id="chan-trang">
<p><strong>{esc(SITE.upper())}</strong></p>
<p>Địa chỉ: Khu phố Bắc Hải, phường Hải Hòa, thị xã Nghi Sơn, tỉnh Thanh Hóa</p>
<p>Điện thoại: 0237.3862.418 - Email: thcsnguyentrai.nghison@thanhhoa.edu.vn</p>
<p>© 2026 {esc(SITE)}. Phát triển trên nền <a href="https://textpattern.com/" rel="nofollow">Textpattern CMS</a>.</p>
</footer>
</body>
</html>"""
    return html(doc)


# --- article forms --------------------------------------------------------------------------


def _cats_line(s: Story) -> str:
    cats = s.opts.get("cats") or []
    if not cats:
        return ""
    links = ", ".join(f'<a href="/category/{c}" rel="tag">{esc(CATEGORIES[c])}</a>'
                      for c in cats)
    return f'<p class="chuyen-muc">Chuyên mục: {links}</p>'


def article_default(s: Story, full_page: bool) -> str:
    """Form "default": the whole article (article page and the front page's first item)."""
    posted = s.opts["posted"]
    account = s.opts["account"]
    by = f'Đăng bởi <a href="{author_path(account)}" rel="author">{esc(account)}</a>'
    ncom = len(s.opts.get("comments", []))
    if s.cat == "thong-bao":
        meta = (f'<p class="tt-bai">{by} | Ngày đăng: {posted:%d/%m/%Y}'
                + (f' | <span class="het-han">Hết hạn: {s.opts["expires"]}</span>'
                   if s.opts.get("expires") else "") + "</p>")
    else:
        meta = (f'<p class="tt-bai">{by} | <time datetime="{utc_iso(posted)}">'
                f"{vi_datetime(posted)}</time> | Lượt xem: {s.views()}"
                f' | <a href="{permlink(s)}#comments">Bình luận ({ncom})</a></p>')
    parts = [f'<article class="bai-viet" id="bai-{s.id}">',
             f'<h2><a href="{permlink(s)}" rel="bookmark" title="Liên kết cố định">'
             f"{esc(s.title)}</a></h2>", meta, _cats_line(s)]
    if s.summary:
        parts.append(f'<div class="tomtat">\n\t<p>{inline(s.summary)}</p>\n</div>')
    lead = next((b for b in s.blocks if isinstance(b, Img) and b.style == "lead"), None)
    if lead:
        parts.append(f'<div class="anh-dd"><img src="{lead.src}" alt="{esc(lead.printed or "")}"'
                     f' width="640" height="427" />'
                     f'<p class="anh-dd-chu">{esc(lead.printed or "")}</p></div>')
    parts.append(f'<div class="noidung">\n\t{render_body(s)}\n</div>')
    if s.opts.get("nguon"):
        parts.append(f'<p class="cf-nguon">Nguồn: <em>{esc(s.opts["nguon"])}</em></p>')
    if s.opts.get("modified"):
        mod = datetime.strptime(s.opts["modified"], "%Y-%m-%d %H:%M").replace(tzinfo=VN)
        parts.append(f'<p class="sua-doi">Cập nhật lần cuối: {vi_datetime(mod)}</p>')
    if full_page:
        share = quote_plus("http://thcsnguyentrai-nghison.edu.vn" + permlink(s))
        parts.append(
            '<div class="cong-cu"><a href="https://www.facebook.com/sharer/sharer.php?u='
            f'{share}" target="_blank">Chia sẻ Facebook</a> <a href="https://sp.zalo.me/share'
            f'?url={share}" target="_blank">Zalo</a> <a href="javascript:window.print()">'
            'In bài</a> <a href="#thanh-tren">Lên đầu trang</a></div>')
    parts.append("</article>")
    return "\n".join(p for p in parts if p)


def related(s: Story) -> str:
    cats = set(s.opts.get("cats") or [])
    rel = [o for o in NEWEST if o is not s and cats & set(o.opts.get("cats") or [])]
    if not rel:
        return ""
    items = "".join(f'<li><a href="{permlink(o)}">{esc(o.title)}</a> '
                    f'<span class="ngay">({o.opts["posted"]:%d/%m/%Y})</span></li>'
                    for o in rel[:5])
    return f'<div class="lien-quan"><h3>Bài viết liên quan</h3><ul class="related_articles">{items}</ul></div>'


def comments(s: Story) -> str:
    out = ['<div id="comments">']
    cs = s.opts.get("comments", [])
    if cs:
        out.append(f'<h3 class="bl-tieude">Bình luận ({len(cs)})</h3><ol class="comments">')
        for cid, name, when, msg in cs:
            dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=VN)
            out.append(
                f'<li class="comment" id="{cid}"><p class="comment-meta"><a href="#{cid}" '
                f'class="comment-anchor">#</a> <span class="comment-author">{esc(name)}</span>'
                f' <time datetime="{utc_iso(dt)}">{vi_datetime(dt)}</time></p>'
                f'<div class="comment-message"><p>{esc(msg)}</p></div></li>')
        out.append("</ol>")
    out.append(
        f'<form id="txpCommentInputForm" method="post" action="{permlink(s)}#cpreview">'
        '<fieldset><legend>Gửi bình luận</legend>'
        '<p><label for="name">Họ tên</label><input id="name" name="name" type="text" /></p>'
        '<p><label for="email">Email</label><input id="email" name="email" type="email" /></p>'
        '<p><label for="message">Nội dung</label><textarea id="message" name="message" '
        'rows="6" cols="40"></textarea></p>'
        '<p><input type="submit" name="preview" value="Xem trước" /> '
        '<input type="submit" name="submit" value="Gửi" disabled="disabled" /></p>'
        f'<input type="hidden" name="parentid" value="{s.id}" />'
        f'<input type="hidden" name="backpage" value="{permlink(s)}" />'
        f'<input type="hidden" name="nonce" value="{s.id * 7919:x}a3f0c2" />'
        "</fieldset></form></div>")
    return "\n".join(out)


def list_item(s: Story) -> str:
    """Form "ds_bai": a list item (thumbnail, title, relative date, excerpt, read-more)."""
    lead = next((b for b in s.blocks if isinstance(b, Img) and b.style == "lead"), None)
    thumb = ""
    if lead:
        thumb = (f'<a href="{permlink(s)}" class="anh-nho"><img src="{lead.src[:-4]}t.jpg" '
                 f'alt="" width="150" height="100" /></a>')
    ncom = len(s.opts.get("comments", []))
    exc = f'<div class="tomtat-ds"><p>{inline(s.summary)}</p></div>' if s.summary else ""
    return (f'<div class="muc-tin">{thumb}<h3><a href="{permlink(s)}">{esc(s.title)}</a></h3>'
            f'<p class="tt-ngan"><time datetime="{utc_iso(s.opts["posted"])}">'
            f'{since(s.opts["posted"])}</time> · {esc(SECTIONS[s.cat])} · '
            f'<a href="{permlink(s)}#comments">{ncom} bình luận</a></p>{exc}'
            f'<a class="doc-tiep" href="{permlink(s)}">Đọc tiếp »</a></div>')


def pager(base: str, pg: int, pages: int) -> str:
    links = []
    if pg > 1:
        prev = base if pg == 2 else f"{base}?pg={pg - 1}"
        links.append(f'<a href="{prev}" rel="prev">« Bài mới hơn</a>')
    if pg < pages:
        links.append(f'<a href="{base}?pg={pg + 1}" rel="next">Bài cũ hơn »</a>')
    return f'<p class="phan-trang">{" ".join(links)}</p>' if links else ""


def _pg(request: Request) -> int | None:
    raw = request.params.get("pg", "1")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


# --- the site -------------------------------------------------------------------------------


class TextpatternSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/themes/")):
            return static_file(path)
        if path.startswith("/file_download/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        params = request.params
        if path in ("/", "/index.php"):
            if "id" in params:
                return self.by_id(request, params["id"])
            if "q" in params:
                return self.search(request, params["q"])
            if set(params) - {"pg"}:
                return None
            return self.front(request)
        if path in ("/rss", "/rss/"):
            return self.rss(request)
        if request.query and not (set(params) <= {"pg"}):
            return None
        parts = [p for p in path.split("/") if p]
        if parts[0] == "category" and len(parts) == 2 and parts[1] in CATEGORIES:
            return self.category(request, parts[1])
        if parts[0] == "author" and len(parts) == 2:
            return self.author(request, unquote_plus(parts[1]))
        if parts[0] == "lien-he" and len(parts) == 1:
            return self.contact(request)
        if parts[0] not in SECTIONS:
            return None
        sec = parts[0]
        if len(parts) == 1:
            return self.section(request, sec)
        if request.query:
            return None
        if len(parts) == 3 and parts[1].isdigit():
            return self.entry(request, sec, int(parts[1]), parts[2])
        if len(parts) == 2 and parts[1].isdigit():
            return self.entry(request, sec, int(parts[1]), None)
        if len(parts) == 2:
            for s in STORIES:
                if s.cat == sec and s.slug == parts[1]:
                    return self.article(request, s)
            for p in PAGES:
                if p.sec == sec and p.slug == parts[1]:
                    return self.static_page(request, p)
        return None

    def by_id(self, request: Request, raw: str) -> Response | None:
        if not raw.isdigit() or set(request.params) != {"id"}:
            return None
        n = int(raw)
        if n in BY_ID:
            return self.article(request, BY_ID[n])
        if n in PAGE_BY_ID:
            return self.static_page(request, PAGE_BY_ID[n])
        if n == EXPIRED[0]:
            return self.gone(request)
        return None

    def entry(self, request: Request, sec: str, n: int, slug: str | None) -> Response | None:
        if n == EXPIRED[0] and sec == EXPIRED[1] and slug in (None, EXPIRED[2]):
            return self.gone(request)
        s = BY_ID.get(n)
        if s and s.cat == sec and slug in (None, s.slug):
            return self.article(request, s)
        p = PAGE_BY_ID.get(n)
        if p and p.sec == sec and slug in (None, p.slug):
            return self.static_page(request, p)
        return None

    def gone(self, request: Request) -> Response:
        resp = page(request, f"{SITE} | Lỗi 410",
                    '<div class="loi"><h2>410 Gone</h2><p>Bài viết này đã hết hạn.</p>'
                    '<p><a href="/">Về trang chủ</a></p></div>',
                    [("/", "Trang chủ"), ("", "Lỗi")], "page-error")
        resp.status = 410
        return resp

    def article(self, request: Request, s: Story) -> Response:
        canonical = base_url(request) + permlink(s)
        desc = s.summary or s.opts.get("description")
        head = f'<link rel="canonical" href="{canonical}" />\n'
        if desc:
            head = f'<meta name="description" content="{esc(desc)}" />\n' + head
        main = "\n".join([article_default(s, True), related(s), comments(s)])
        return page(request, f"{SITE} | {s.title}", main,
                    [("/", "Trang chủ"), (f"/{s.cat}/", SECTIONS[s.cat]), ("", s.title)],
                    f"page-{s.cat}", head)

    def static_page(self, request: Request, p: Page) -> Response:
        canonical = base_url(request) + f"/{p.sec}/{p.id}/{p.slug}"
        main = (f'<div class="trang-tinh" id="trang-{p.id}"><h2>{esc(p.title)}</h2>\n'
                f'<div class="noidung">{p.body}</div></div>')
        return page(request, f"{SITE} | {p.title}", main,
                    [("/", "Trang chủ"), (f"/{p.sec}/", SECTIONS[p.sec]), ("", p.title)],
                    f"page-{p.sec}", f'<link rel="canonical" href="{canonical}" />\n')

    def front(self, request: Request) -> Response | None:
        pg = _pg(request)
        pages = -(-len(NEWEST) // FRONT_PAGE)
        if pg is None or pg > pages:
            return None
        items = NEWEST[(pg - 1) * FRONT_PAGE: pg * FRONT_PAGE]
        body = []
        for k, s in enumerate(items):
            if pg == 1 and k == 0:
                body.append(article_default(s, False))
            else:
                body.append(list_item(s))
        main = (f'<div class="tin-moi-nhat">{"".join(body)}</div>'
                + pager("/", pg, pages))
        crumbs = [("/", "Trang chủ")] + ([("", f"Trang {pg}")] if pg > 1 else [])
        return page(request, f"{SITE} | Thị xã Nghi Sơn - Thanh Hóa", main, crumbs, "page-front")

    def section(self, request: Request, sec: str) -> Response | None:
        pg = _pg(request)
        if pg is None:
            return None
        title = SECTIONS[sec]
        if sec in LIST_SECTIONS:
            items = [s for s in NEWEST if s.cat == sec]
            pages = -(-len(items) // SECTION_PAGE)
            if pg > pages:
                return None
            chunk = items[(pg - 1) * SECTION_PAGE: pg * SECTION_PAGE]
            main = (f'<h2 class="tieude-muc">{esc(title)}</h2>'
                    + "".join(list_item(s) for s in chunk) + pager(f"/{sec}/", pg, pages))
        else:
            if pg > 1:
                return None
            entries = [p for p in PAGES if p.sec == sec]
            main = (f'<h2 class="tieude-muc">{esc(title)}</h2><ul class="ds-trang">'
                    + "".join(f'<li><a href="/{p.sec}/{p.id}/{p.slug}">{esc(p.title)}</a></li>'
                              for p in entries) + "</ul>")
        return page(request, f"{SITE} | {title}", main,
                    [("/", "Trang chủ"), ("", title)], f"page-{sec}")

    def category(self, request: Request, cat: str) -> Response | None:
        if request.query:
            return None
        items = [s for s in NEWEST if cat in (s.opts.get("cats") or [])]
        main = (f'<h2 class="tieude-muc">Chuyên mục: {esc(CATEGORIES[cat])}</h2>'
                + "".join(list_item(s) for s in items))
        return page(request, f"{SITE} | {CATEGORIES[cat]}", main,
                    [("/", "Trang chủ"), ("", CATEGORIES[cat])], "page-category")

    def author(self, request: Request, name: str) -> Response | None:
        if name not in ACCOUNTS or request.query:
            return None
        items = [s for s in NEWEST if s.opts["account"] == name]
        main = (f'<h2 class="tieude-muc">Bài viết của: {esc(name)}</h2>'
                + "".join(list_item(s) for s in items))
        return page(request, f"{SITE} | {name}", main,
                    [("/", "Trang chủ"), ("", name)], "page-author")

    def search(self, request: Request, q: str) -> Response | None:
        if set(request.params) != {"q"}:
            return None
        words = q.lower().split()
        hits = [s for s in NEWEST if words and all(w in s.title.lower() for w in words)]
        main = (f'<h2 class="tieude-muc">Kết quả tìm kiếm: “{esc(q)}”</h2>'
                f"<p>Tìm thấy {len(hits)} bài viết.</p>"
                + "".join(f'<div class="kq"><h3><a href="{permlink(s)}">{esc(s.title)}</a></h3>'
                          "</div>" for s in hits))
        return page(request, f"{SITE} | Tìm kiếm", main,
                    [("/", "Trang chủ"), ("", "Tìm kiếm")], "page-search")

    def contact(self, request: Request) -> Response | None:
        if request.query:
            return None
        sent = request.method == "POST"
        main = ('<div class="trang-tinh"><h2>Liên hệ</h2>'
                "<p>Trường THCS Nguyễn Trãi - Khu phố Bắc Hải, phường Hải Hòa, thị xã Nghi Sơn,"
                " tỉnh Thanh Hóa.</p><p>Điện thoại: 0237.3862.418 - Email:"
                " thcsnguyentrai.nghison@thanhhoa.edu.vn</p>"
                + ("<p class=\"zemThanks\">Cảm ơn bạn đã liên hệ.</p>" if sent else "")
                + '<form method="post" action="/lien-he/" class="zemContactForm">'
                '<p><label>Họ tên <input name="zem_name" /></label></p>'
                '<p><label>Email <input name="zem_email" /></label></p>'
                '<p><label>Nội dung <textarea name="zem_message"></textarea></label></p>'
                '<p><input type="submit" value="Gửi" /></p></form></div>')
        return page(request, f"{SITE} | Liên hệ", main,
                    [("/", "Trang chủ"), ("", "Liên hệ")], "page-lien-he")

    def rss(self, request: Request) -> Response:
        base = base_url(request)
        items = "".join(
            f"<item><title>{esc(s.title)}</title><link>{base}{permlink(s)}</link>"
            f"<pubDate>{s.opts['posted'].astimezone(UTC):%a, %d %b %Y %H:%M:%S} GMT"
            f"</pubDate><description>{esc(s.summary or '')}</description></item>"
            for s in NEWEST[:10])
        xml = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
               f"<title>{esc(SITE)}</title><link>{base}/</link>"
               f"<description>Thị xã Nghi Sơn - Thanh Hóa</description>{items}</channel></rss>")
        return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


def build_site() -> TextpatternSite:
    return TextpatternSite()


GOLD = [
    gold_record(s, permlink(s), SECTIONS[s.cat], alt_paths=alt_paths(s))
    for s in sorted(STORIES, key=lambda s: s.id)
]

NON_ARTICLES = [f"/{p.sec}/{p.id}/{p.slug}" for p in PAGES] + ["/lien-he/"]
