"""Croogo 3 (CakePHP CMS) portal of Trường THPT Trần Phú, thành phố Hà Tĩnh.

Platform: Croogo 3 with its Nodes plugin (node types "blog" and "page"), Taxonomy (a
"categories" vocabulary and a "tags" vocabulary, both routed as ``/blog/term/<term>``), Comments
(reader comments under each post, reply form pages) and a school theme "TranPhu" whose markup
mixes Croogo's own classes (``node``, ``node-info``, ``node-body``, ``node-more-info``,
``comment``) with the theme vendor's Vietnamese names (``khung-giua``, ``duongdan``, ``tomtat``).

URL scheme
- ``/`` and ``/nodes/promoted``: the promoted nodes, three a page, printed in FULL (Croogo's
  promoted view renders each node's whole body); ``/nodes/promoted/page:2``.
- ``/blog``, ``/blog/page:2``, ``/blog/page:3``: every blog node, five a page, with a truncated
  excerpt and a thumbnail; CakePHP paginator (``<ul class="pagination">``, named ``page:N``).
- ``/blog/term/<term>`` (+ ``/page:N``): a category or tag listing, four a page.
- ``/blog/<slug>``: a blog node; the same node is served at the legacy Croogo 1.x link
  ``/nodes/nodes/view/type:blog/slug:<slug>`` (the "Bài viết mới" sidebar block and some old
  in-text links print that form).
- ``/page/<slug>``: page nodes (intro, history, organisation, enrolment rules); ``/contact``
  (Contacts plugin); ``/search/q:<term>`` (search form result); ``/nodes/promoted.rss``.
- ``/comments/comments/add/<node id>/<parent id>``: the "Trả lời" (reply) form of a comment.
- Images: ``/uploads/...``, theme files ``/theme/TranPhu/...`` (placeholders).

Templates
- Node view: header (``<h1>`` = the school's name), Superfish menu with drop-downs, breadcrumb
  ``div.duongdan`` ("Trang chủ » <category> »"), ``div#node-<id>.node`` holding ``h2.tieude``,
  ``div.node-info`` ("Đăng bởi quantri lúc 12/3/26, 2:30 PM"), optional ``div.tomtat`` (the
  node's excerpt field), ``div.node-body``, ``div.node-more-info`` ("Chuyên mục:" + tag terms),
  "Sửa lần cuối" line, previous/next links, then (still inside the node div) the comments and
  the comment form; sidebars: recent posts (legacy links), most-read, links, poll, counter.
- Blog/term listing: ``div.node-list`` of ``div.tin-item`` with thumbnail, title link, date
  "Ngày đăng: 03/12/2026", truncated excerpt, "Xem tiếp »" and a "N bình luận" link.
- Promoted listing: each node in full (same markup as the node view, without comments).

How each gold article is reached: every one is on a ``/blog[/page:N]`` listing (13 nodes, 5 a
page) and on its category term listing; "Đón đoàn kiểm tra…" is only on ``/blog/page:3`` and
``/blog/term/tin-tuc-su-kien/page:2``; five are promoted (home, with the full text) and the five
newest are also linked in the legacy form from every page's "Bài viết mới" block.

Traps
1. The page's only ``<h1>`` is the school's name in the header ("TRƯỜNG THPT TRẦN PHÚ"); the
   headline is ``h2.tieude`` inside the node. Gold title: the ``h2``.
2. CakePHP's Time helper left on the en_US locale: the node-info prints "12/3/26, 2:30 PM"
   (month/day/2-digit year, 12-hour clock), while the listings print "03/12/2026" day-first.
   Gold: 2026-12-03T14:30:00+07:00; "10/8/26, 3:10 PM" is 8 October (not 10 August), "12/5/26,
   8:20 AM" is 5 December.
3. A node created at "11/20/26, 12:00 AM" (midnight in 12-hour form): gold is the day alone
   "2026-11-20".
4. "Đăng bởi quantri" / "Đăng bởi Quản trị viên" in node-info is the CMS account: nobody. The
   real byline is the body's last line (right-aligned name, "Tin, ảnh: X", "Tin: X - Ảnh: Y",
   "ThS. X, Tổ trưởng …") or a unit signing alone ("Ban Giám hiệu"); not body.
5. Reader comments (Comments plugin) are printed INSIDE the node's div, right after the body,
   with their own ``<p>`` paragraphs, names and en_US dates later than the post ("đã viết lúc
   12/4/26, 8:15 PM"): not body, not authors, not the date.
6. Croogo's content filter renders a shortcode the editor typed in the text
   (``[Node:recent_posts]``): a "Có thể bạn quan tâm" list of other posts' titles appears in the
   middle of ``div.node-body``. Not body (the text resumes after it).
7. The home page (``/``, ``/nodes/promoted``) prints each promoted node's whole text under an
   ``h2`` title link, exactly as on the node page: a listing, not an article; the articles are
   the ``/blog/<slug>`` pages.
8. Two URL forms for one node: ``/blog/<slug>`` (listings) and the legacy
   ``/nodes/nodes/view/type:blog/slug:<slug>`` (sidebar, in-text links), both 200 with no
   canonical link: the legacy form is in ``alt_paths``.
9. Comment "Trả lời" links open a reply form page whose heading repeats the post's title and
   quotes the comment: not an article (not in the gold).
10. Page nodes (``/page/<slug>``) use the node template with node-info and a date: they are
    intro pages, not articles.
11. The node's excerpt field printed above the body (``div.tomtat``) is the sapo, first body
    paragraph in the gold; the listings' excerpt of the other nodes is a truncated copy of the
    text ending in "..." and is not a sapo (those nodes' summary is null unless they open with
    a bold lead).
12. Photos with their caption in a two-row table (image row, caption row): the caption row is
    not a body table row; an "Ảnh: X" line under a photo credits a photographer (caption None).
13. One body typed in CKEditor's DIV enter mode: each paragraph is a ``<div>``, one split by
    ``<br />`` (two paragraphs); its first sentence "Theo kế hoạch năm học…" is text, not a
    source.
14. One notice saved by TinyMCE with named entities (``&agrave;``, ``&#7879;``…), one an
    official document (letterhead table, "Số:", "Hà Tĩnh, ngày 30 tháng 11 năm 2026", "Nơi
    nhận", signer): date is the letterhead's day, the signer the author.
15. "Sửa lần cuối: 12/4/26, 9:02 AM" under the body is the update date, not the publication.

Gold decisions on ambiguous points
- category: the category term the breadcrumb prints (tags printed next to it are not it).
- A result table in the text: each row a paragraph, cells joined by " | " (header row too).
- "Theo Báo Hà Tĩnh" closing a republished story: source "Báo Hà Tĩnh"; the reporter's name
  on the line above it is the author.
- Attachment lines ("Tệp đính kèm: …pdf") and "Xem thêm:" lines are not body.
- The official notice's exam table is body (rows), its "Nơi nhận" block and signature are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
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

NAME = "croogo_thpt"
PLATFORM = "Croogo 3 (CakePHP) Nodes/Taxonomy/Comments"
START_PATH = "/"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
SCHOOL = "TRƯỜNG THPT TRẦN PHÚ"

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "thong-bao": "Thông báo",
    "doan-thanh-nien": "Đoàn thanh niên",
    "to-chuyen-mon": "Tổ chuyên môn",
}
TAGS = {
    "hoat-dong-ngoai-khoa": "hoạt động ngoại khóa",
    "hoc-sinh-gioi": "học sinh giỏi",
}
ALL_TERMS = {**CATEGORIES, **TAGS}

BLOG_PER_PAGE = 5
TERM_PER_PAGE = 4
PROMO_PER_PAGE = 3


def _right(name: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(name)}</strong></p>')


_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">'
    "<tbody><tr>"
    '<td style="text-align:center; width:40%">SỞ GD&amp;ĐT HÀ TĨNH<br />'
    "<strong>TRƯỜNG THPT TRẦN PHÚ</strong><br />Số: 215/TB-THPTTP</td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
    "<em>Hà Tĩnh, ngày 30 tháng 11 năm 2026</em></td>"
    "</tr></tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"
)
_SIGNATURE = (
    '<table border="0" style="width:100%"><tbody><tr>'
    '<td style="width:50%; vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />'
    "- Các tổ chuyên môn;<br />- GVCN các lớp;<br />- Lưu: VT.</td>"
    '<td style="text-align:center; vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br /><br />'
    "<em>(Đã ký)</em><br /><br /><strong>Nguyễn Đức Thắng</strong></td>"
    "</tr></tbody></table>"
)

_SHORTCODE_BLOCK = "[Node:recent_posts]"


@dataclass
class Comment:
    cid: int
    name: str
    when: str  # en_US short, as printed
    text: str
    parent: int | None = None


STORIES: list[Story] = [
    Story(
        id=31,
        slug="chung-ket-rung-chuong-vang-ha-tinh-que-toi",
        title="Chung kết cuộc thi “Rung chuông vàng” chủ đề Hà Tĩnh quê tôi",
        cat="doan-thanh-nien",
        published_at="2026-12-05T08:20:00+07:00",
        blocks=[
            P(
                "Sáng 5/12, Đoàn trường THPT Trần Phú tổ chức vòng chung kết cuộc thi “Rung chuông "
                "vàng” với chủ đề “Hà Tĩnh quê tôi” dành cho 100 đoàn viên xuất sắc của ba khối lớp."
            ),
            Img("/uploads/2026/12/rcv-san-khau.jpg", "Các thí sinh tham gia vòng chung kết trên sân trường",
                "Các thí sinh tham gia vòng chung kết trên sân trường", "table"),
            P(
                "Cuộc thi gồm 30 câu hỏi về lịch sử, địa lý, văn hóa và danh nhân của quê hương Hà "
                "Tĩnh; sau mỗi câu, các thí sinh trả lời sai rời sàn thi và nhường chỗ cho bạn khác."
            ),
            P(
                "Vượt qua 29 câu hỏi, em Phạm Gia Huy (lớp 11A2) trở thành người rung chuông vàng "
                "duy nhất và nhận phần thưởng của Ban Chấp hành Đoàn trường."
            ),
            _right("Hoàng Anh Thư"),
        ],
        authors=["Hoàng Anh Thư"],
        opts={
            "created": "12/5/26, 8:20 AM",
            "updated": "12/5/26, 10:41 AM",
            "tags": ["hoat-dong-ngoai-khoa"],
            "promoted": True,
            "user": "quantri",
        },
    ),
    Story(
        id=29,
        slug="hoc-sinh-tran-phu-gianh-9-giai-hsg-tinh-lop-12",
        title="Học sinh Trần Phú giành 9 giải tại kỳ thi chọn học sinh giỏi tỉnh lớp 12",
        cat="tin-tuc-su-kien",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Tại kỳ thi chọn học sinh giỏi tỉnh lớp 12 năm học 2026 - 2027, đội tuyển của trường "
            "giành 9 giải, trong đó có 2 giải Nhất."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi diễn ra trong hai ngày 26 và 27/11 với sự tham gia của hơn 1.200 thí sinh đến "
                "từ các trường THPT trên địa bàn tỉnh Hà Tĩnh."
            ),
            P("Kết quả cụ thể của đội tuyển nhà trường như sau:"),
            P("Môn | Giải Nhất | Giải Nhì | Giải Ba", "row"),
            P("Toán | 1 | 1 | 0", "row"),
            P("Ngữ văn | 1 | 0 | 2", "row"),
            P("Tiếng Anh | 0 | 2 | 2", "row"),
            Img("/uploads/2026/12/hsg-doi-tuyen.jpg", "(Ban Giám hiệu chúc mừng các em đoạt giải)",
                "Ban Giám hiệu chúc mừng các em đoạt giải", "next"),
            P(
                "Nhà trường sẽ tổ chức tuyên dương, khen thưởng các em học sinh và giáo viên bồi "
                "dưỡng trong buổi chào cờ đầu tuần tới."
            ),
            _right("Tổ Toán - Tin"),
        ],
        authors=["Tổ Toán - Tin"],
        opts={
            "created": "12/3/26, 2:30 PM",
            "updated": "12/4/26, 9:02 AM",
            "tags": ["hoc-sinh-gioi"],
            "promoted": True,
            "user": "quantri",
            "comments": [
                Comment(7, "Phụ huynh Nguyễn Văn Bình", "12/4/26, 8:15 PM",
                        "Xin chúc mừng các em và các thầy cô giáo! Mong nhà trường tiếp tục phát huy."),
                Comment(8, "Lê Thị Thu Trang", "12/4/26, 9:40 PM",
                        "Tự hào về trường mình quá ạ.", parent=7),
            ],
        },
    ),
    Story(
        id=28,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(_LETTERHEAD),
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026 - 2027 của nhà trường, Hiệu trưởng thông báo "
                "lịch kiểm tra cuối học kỳ I như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian", "row"),
            P("14/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
            P("15/12/2026 | Sáng | Toán | 90 phút", "row"),
            P("16/12/2026 | Sáng | Tiếng Anh | 60 phút", "row"),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và phụ huynh; học sinh có "
                "mặt tại phòng thi trước giờ kiểm tra 15 phút."
            ),
            Raw(_SIGNATURE),
        ],
        authors=["Nguyễn Đức Thắng"],
        opts={
            "created": "12/1/26, 7:30 AM",
            "tags": [],
            "user": "vanthu",
        },
    ),
    Story(
        id=26,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trường THPT Trần Phú tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20",
        summary=(
            "Sáng 20/11, trong không khí trang trọng, Trường THPT Trần Phú long trọng tổ chức Lễ "
            "kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        blocks=[
            P(
                "Sáng 20/11, trong không khí trang trọng, Trường THPT Trần Phú long trọng tổ chức Lễ "
                "kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026).",
                "lead",
            ),
            P(
                "Về dự buổi lễ có đại diện lãnh đạo UBND phường Trần Phú, Ban đại diện cha mẹ học "
                "sinh cùng đông đảo các thế hệ thầy cô giáo đã nghỉ hưu."
            ),
            Img("/uploads/2026/11/le-20-11-van-nghe.jpg", "Tiết mục văn nghệ chào mừng của học sinh lớp 12A1",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 12A1", "table"),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng ôn lại truyền thống vẻ vang của nhà trường "
                "và ghi nhận những đóng góp của đội ngũ giáo viên trong năm học vừa qua."
            ),
            Img("/uploads/2026/11/le-20-11-khen-thuong.jpg", "Trao giấy khen cho các giáo viên tiêu biểu",
                "Trao giấy khen cho các giáo viên tiêu biểu", "table"),
            P("Buổi lễ khép lại bằng chương trình giao lưu văn nghệ giữa giáo viên và học sinh."),
            Raw(
                '<p><em>Xem thêm: <a href="/nodes/nodes/view/type:blog/slug:'
                'to-hoa-sinh-thao-giang-chao-mung-20-11">Tổ Hóa - Sinh tổ chức thao giảng chào mừng '
                "ngày 20/11</a></em></p>"
            ),
            _right("Tin, ảnh: Nguyễn Thị Hằng"),
        ],
        authors=["Nguyễn Thị Hằng"],
        photographers=["Nguyễn Thị Hằng"],
        opts={
            "created": "11/20/26, 12:00 AM",
            "updated": "11/21/26, 7:12 AM",
            "tags": [],
            "promoted": True,
            "user": "quantri",
        },
    ),
    Story(
        id=25,
        slug="doan-truong-huong-ung-thang-hanh-dong-binh-dang-gioi",
        title="Đoàn trường ra quân hưởng ứng Tháng hành động vì bình đẳng giới",
        cat="doan-thanh-nien",
        published_at="2026-11-16T16:00:00+07:00",
        blocks=[
            P(
                "Chiều 16/11, Đoàn trường THPT Trần Phú tổ chức lễ ra quân hưởng ứng Tháng hành động "
                "vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026."
            ),
            Img("/uploads/2026/11/binh-dang-gioi.jpg", "Đoàn viên diễu hành cổ động trên đường Trần Phú",
                "Đoàn viên diễu hành cổ động trên đường Trần Phú", "next"),
            P(
                "Trong tháng hành động, các chi đoàn sẽ tổ chức sinh hoạt chuyên đề, thi vẽ tranh "
                "cổ động và tiểu phẩm sân khấu hóa về chủ đề bình đẳng giới."
            ),
            _right("Tin: Hoàng Anh Thư - Ảnh: Đặng Quốc Bảo"),
        ],
        authors=["Hoàng Anh Thư"],
        photographers=["Đặng Quốc Bảo"],
        opts={
            "created": "11/16/26, 4:00 PM",
            "tags": ["hoat-dong-ngoai-khoa"],
            "promoted": True,
            "user": "doantruong",
            "comments": [
                Comment(5, "Trần Minh Khoa 10A3", "11/17/26, 6:05 AM",
                        "Chi đoàn 10A3 đã sẵn sàng cho cuộc thi vẽ tranh ạ!"),
            ],
        },
    ),
    Story(
        id=24,
        slug="hoi-thao-doi-moi-phuong-phap-day-hoc-ngu-van",
        title="Hội thảo chuyên đề đổi mới phương pháp dạy học môn Ngữ văn",
        cat="tin-tuc-su-kien",
        published_at="2026-11-14T09:15:00+07:00",
        blocks=[
            P(
                "Ngày 14/11, Tổ Ngữ văn phối hợp với cụm chuyên môn số 1 tổ chức hội thảo chuyên đề "
                "“Dạy học đọc hiểu văn bản theo thể loại” tại hội trường nhà trường."
            ),
            P(
                "Các báo cáo tham luận tập trung vào việc thiết kế câu hỏi đọc hiểu, tổ chức hoạt "
                "động nhóm và đánh giá năng lực học sinh qua các sản phẩm học tập."
            ),
            Raw(_SHORTCODE_BLOCK),
            P(
                "Kết thúc hội thảo, các đại biểu thống nhất sẽ vận dụng các giải pháp vào tiết dạy "
                "minh họa trong học kỳ II."
            ),
            _right("Trần Văn Lực"),
        ],
        authors=["Trần Văn Lực"],
        opts={"created": "11/14/26, 9:15 AM", "tags": [], "user": "quantri"},
    ),
    Story(
        id=23,
        slug="to-hoa-sinh-thao-giang-chao-mung-20-11",
        title="Tổ Hóa - Sinh tổ chức thao giảng chào mừng ngày 20/11",
        cat="to-chuyen-mon",
        published_at="2026-11-10T14:00:00+07:00",
        blocks=[
            P(
                "Hưởng ứng phong trào thi đua chào mừng ngày Nhà giáo Việt Nam, Tổ Hóa - Sinh tổ "
                "chức đợt thao giảng với 6 tiết dạy của các giáo viên trẻ."
            ),
            P(
                "Các tiết dạy ứng dụng thí nghiệm ảo và phiếu học tập điện tử, tạo hứng thú cho học "
                "sinh và được ban giám khảo đánh giá cao."
            ),
            Img("/uploads/2026/11/thao-giang-hoa.jpg", "Ảnh: Lê Minh Tuấn", None, "credit"),
            _right("ThS. Võ Thị Lan, Tổ trưởng tổ Hóa - Sinh"),
        ],
        authors=["Võ Thị Lan"],
        photographers=["Lê Minh Tuấn"],
        opts={"created": "11/10/26, 2:00 PM", "tags": [], "user": "quantri"},
    ),
    Story(
        id=22,
        slug="ke-hoach-hoi-khoe-phu-dong-cap-truong-2026",
        title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm 2026",
        cat="thong-bao",
        published_at="2026-11-02T10:05:00+07:00",
        blocks=[
            P(
                "Theo kế hoạch năm học 2026 - 2027, nhà trường tổ chức Hội khỏe Phù Đổng cấp trường "
                "nhằm tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng tỉnh Hà Tĩnh.",
                "div",
            ),
            P("Thời gian: từ ngày 16/11 đến ngày 22/11/2026.", "div"),
            P("Địa điểm: sân vận động và nhà đa năng của trường.", "br"),
            P(
                "Các môn thi đấu gồm điền kinh, bóng đá nam, bóng chuyền nữ, cầu lông và cờ vua; mỗi "
                "lớp đăng ký danh sách vận động viên về Đoàn trường trước ngày 12/11.",
                "div",
            ),
        ],
        opts={"created": "11/2/26, 10:05 AM", "tags": [], "user": "quantri"},
    ),
    Story(
        id=21,
        slug="thong-bao-nghi-hoc-tranh-bao-so-9",
        title="Thông báo về việc cho học sinh nghỉ học tránh bão số 9",
        cat="thong-bao",
        published_at="2026-10-27T17:20:00+07:00",
        blocks=[
            P(
                "Thực hiện công điện của UBND tỉnh về việc chủ động ứng phó với bão số 9, nhà trường "
                "thông báo cho toàn thể học sinh nghỉ học ngày 28/10/2026."
            ),
            P(
                "Giáo viên chủ nhiệm thông báo đến phụ huynh qua nhóm lớp; cán bộ, giáo viên trực "
                "theo lịch đã phân công để bảo vệ tài sản nhà trường."
            ),
            P("Lịch học bù sẽ được nhà trường thông báo sau."),
            _right("Ban Giám hiệu"),
        ],
        authors=["Ban Giám hiệu"],
        opts={
            "created": "10/27/26, 5:20 PM",
            "tags": [],
            "user": "quantri",
            "entities": True,
        },
    ),
    Story(
        id=19,
        slug="ngoai-khoa-em-yeu-bien-dao-que-huong-khoi-10",
        title="Ngoại khóa “Em yêu biển đảo quê hương” cho học sinh khối 10",
        cat="tin-tuc-su-kien",
        published_at="2026-10-25T07:45:00+07:00",
        blocks=[
            P(
                "Sáng 25/10, hơn 500 học sinh khối 10 tham gia buổi ngoại khóa “Em yêu biển đảo quê "
                "hương” do Đoàn trường phối hợp với Bộ đội Biên phòng tỉnh tổ chức."
            ),
            Img("/uploads/2026/10/bien-dao-1.jpg", "Ảnh: Lê Minh Tuấn", None, "credit"),
            P(
                "Học sinh được nghe kể chuyện về chủ quyền biển đảo, xem triển lãm ảnh và tham gia "
                "trò chơi tìm hiểu kiến thức về biển đảo Việt Nam."
            ),
            P("Những hoạt động chính của buổi ngoại khóa:", "h3"),
            P("Báo cáo chuyên đề về chủ quyền biển, đảo;", "li"),
            P("Triển lãm ảnh “Trường Sa - những điều kỳ diệu”;", "li"),
            P("Thi tìm hiểu kiến thức theo nhóm lớp.", "li"),
            _right("Phan Thị Mai"),
        ],
        authors=["Phan Thị Mai"],
        photographers=["Lê Minh Tuấn"],
        opts={
            "created": "10/25/26, 7:45 AM",
            "tags": ["hoat-dong-ngoai-khoa"],
            "user": "quantri",
            "comments": [
                Comment(3, "Nguyễn Hải Yến", "10/25/26, 7:02 PM",
                        "Buổi ngoại khóa rất ý nghĩa, cảm ơn các thầy cô."),
                Comment(4, "Đoàn trường", "10/26/26, 8:10 AM",
                        "Cảm ơn bạn đã quan tâm theo dõi.", parent=3),
            ],
        },
    ),
    Story(
        id=18,
        slug="chuyen-de-on-thi-tot-nghiep-2027-tieng-anh",
        title="Chuyên đề ôn thi tốt nghiệp THPT năm 2027 môn Tiếng Anh",
        cat="to-chuyen-mon",
        published_at="2026-10-21T15:45:00+07:00",
        summary=(
            "Tổ Ngoại ngữ tổ chức sinh hoạt chuyên đề định hướng ôn thi tốt nghiệp THPT năm 2027 "
            "theo cấu trúc đề minh họa mới."
        ),
        blocks=[
            P(
                "Tổ Ngoại ngữ tổ chức sinh hoạt chuyên đề định hướng ôn thi tốt nghiệp THPT năm 2027 "
                "theo cấu trúc đề minh họa mới.",
                "lead",
            ),
            P(
                "Chuyên đề phân tích các dạng câu hỏi đọc hiểu, điền từ và sắp xếp câu, đồng thời đề "
                "xuất lộ trình ôn tập theo từng tháng cho học sinh khối 12."
            ),
            P(
                "Các giáo viên thống nhất xây dựng ngân hàng câu hỏi dùng chung và tổ chức thi thử "
                "định kỳ vào cuối mỗi tháng."
            ),
            Raw(
                '<p>Tệp đính kèm: <a href="/uploads/files/chuyen-de-tieng-anh-2027.pdf">'
                "chuyen-de-tieng-anh-2027.pdf</a></p>"
            ),
            _right("Nguyễn Thị Thanh Hương - Tổ Ngoại ngữ"),
        ],
        authors=["Nguyễn Thị Thanh Hương"],
        opts={"created": "10/21/26, 3:45 PM", "tags": [], "user": "quantri"},
    ),
    Story(
        id=16,
        slug="tuoi-tre-tran-phu-chung-tay-vi-nguoi-ngheo",
        title="Tuổi trẻ Trần Phú chung tay vì người nghèo",
        cat="doan-thanh-nien",
        published_at="2026-10-15T09:30:00+07:00",
        summary=(
            "Hưởng ứng Tháng cao điểm “Vì người nghèo”, đoàn viên nhà trường đã quyên góp được "
            "hơn 45 triệu đồng cùng nhiều phần quà."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sau hai tuần phát động, các chi đoàn đã quyên góp tiền mặt, sách vở, quần áo ấm để "
                "trao tặng học sinh có hoàn cảnh khó khăn."
            ),
            Img("/uploads/2026/10/vi-nguoi-ngheo.jpg", "Trao quà cho học sinh có hoàn cảnh khó khăn",
                "Trao quà cho học sinh có hoàn cảnh khó khăn", "table"),
            P(
                "Đoàn trường đã trao 30 suất quà, mỗi suất trị giá 1 triệu đồng, cho học sinh của "
                "trường và của xã Thạch Hạ."
            ),
            _right("Đoàn trường THPT Trần Phú"),
        ],
        authors=["Đoàn trường THPT Trần Phú"],
        opts={
            "created": "10/15/26, 9:30 AM",
            "tags": ["hoat-dong-ngoai-khoa"],
            "promoted": True,
            "user": "doantruong",
        },
    ),
    Story(
        id=14,
        slug="don-doan-kiem-tra-cong-tac-dau-nam-hoc",
        title="Đón đoàn kiểm tra công tác đầu năm học của Sở GD&ĐT Hà Tĩnh",
        cat="tin-tuc-su-kien",
        published_at="2026-10-08T15:10:00+07:00",
        blocks=[
            P(
                "Chiều 8/10, đoàn công tác của Sở GD&ĐT Hà Tĩnh do Phó Giám đốc Sở làm trưởng đoàn đã "
                "đến kiểm tra công tác chuẩn bị năm học mới tại Trường THPT Trần Phú."
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ chuyên môn, cơ sở vật chất và việc thực hiện chương trình "
                "giáo dục phổ thông 2018 ở khối 12."
            ),
            P(
                "Kết luận buổi làm việc, trưởng đoàn đánh giá cao sự chuẩn bị chu đáo của nhà trường "
                "và đề nghị tiếp tục đẩy mạnh chuyển đổi số trong quản lý."
            ),
            _right("Thu Hà"),
            Raw('<p style="text-align: right;"><em>Theo Báo Hà Tĩnh</em></p>'),
        ],
        authors=["Thu Hà"],
        source="Báo Hà Tĩnh",
        opts={"created": "10/8/26, 3:10 PM", "tags": [], "user": "quantri"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
# the official notice sorts by its created stamp (12/1), not its letterhead day
_SORT_KEY = {28: "2026-12-01T07:30"}
ORDER = sorted(STORIES, key=lambda s: _SORT_KEY.get(s.id, s.published_at or ""), reverse=True)
PROMOTED = [s for s in ORDER if s.opts.get("promoted")]
RECENT = ORDER[:5]


@dataclass
class PageNode:
    slug: str
    title: str
    created: str
    body: str


PAGES = [
    PageNode(
        "gioi-thieu",
        "Giới thiệu chung",
        "8/15/25, 10:00 AM",
        "<p>Trường THPT Trần Phú được thành lập năm 1963, đóng trên địa bàn thành phố Hà Tĩnh.</p>"
        "<p>Hiện nay trường có 42 lớp với hơn 1.800 học sinh và 98 cán bộ, giáo viên, nhân viên.</p>",
    ),
    PageNode(
        "lich-su-truyen-thong",
        "Lịch sử truyền thống",
        "8/15/25, 10:20 AM",
        "<p>Qua hơn 60 năm xây dựng và trưởng thành, nhà trường đã được tặng thưởng Huân chương Lao "
        "động hạng Nhất.</p><p>Nhiều thế hệ học sinh của trường đã trở thành cán bộ, nhà khoa học.</p>",
    ),
    PageNode(
        "co-cau-to-chuc",
        "Cơ cấu tổ chức",
        "9/3/25, 2:00 PM",
        "<table border='1'><tr><td>Hiệu trưởng</td><td>Nguyễn Đức Thắng</td></tr>"
        "<tr><td>Phó Hiệu trưởng</td><td>Lê Thị Hồng Nhung</td></tr>"
        "<tr><td>Phó Hiệu trưởng</td><td>Trần Quang Vinh</td></tr></table>",
    ),
    PageNode(
        "quy-che-tuyen-sinh",
        "Quy chế tuyển sinh lớp 10",
        "3/20/26, 9:00 AM",
        "<p>Tuyển sinh lớp 10 theo phương thức xét tuyển kết hợp thi tuyển theo quy định của Sở "
        "GD&amp;ĐT Hà Tĩnh.</p>",
    ),
]
PAGES_BY_SLUG = {p.slug: p for p in PAGES}


# --- markup pieces --------------------------------------------------------------------------


def _img_markup(img: Img, title: str) -> str:
    tag = f'<img src="{esc(img.src)}" alt="{esc(title)}" style="width: 600px; height: 400px;" />'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh">'
            f"<tbody><tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align: center;"><em>{esc(img.printed or "")}</em></td></tr>'
            "</tbody></table>"
        )
    if img.style == "next":
        return (
            f'<p style="text-align: center;">{tag}</p>'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    if img.style == "credit":
        return (
            f'<p style="text-align: center;">{tag}<br />'
            f'<span style="font-size: 11px;"><em>{esc(img.printed or "")}</em></span></p>'
        )
    return f'<p style="text-align: center;">{tag}</p>'


def _recent_posts_filter(exclude: int) -> str:
    """What Croogo's content filter renders for ``[Node:recent_posts]`` typed in the text."""
    items = [
        f'<li><a href="/blog/{s.slug}">{esc(s.title)}</a></li>' for s in ORDER if s.id != exclude
    ][:3]
    return (
        '<div class="node-list node-list-recent_posts"><p><strong>Có thể bạn quan tâm:</strong></p>'
        f"<ul>{''.join(items)}</ul></div>"
    )


def _body_markup(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P):
            if b.style == "row":
                rows = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                    cells = "".join(f"<td>{esc(c)}</td>" for c in blocks[i].text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                    i += 1
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:90%">'
                    f"<tbody>{''.join(rows)}</tbody></table>"
                )
                continue
            if b.style == "li":
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                    items.append(f"<li>{esc(blocks[i].text)}</li>")
                    i += 1
                out.append(f"<ul>{''.join(items)}</ul>")
                continue
            if b.style == "lead":
                out.append(f"<p><strong>{esc(b.text)}</strong></p>")
            elif b.style == "h3":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.style == "div":
                out.append(f"<div>{esc(b.text)}")
                if not (i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br"):
                    out.append("</div>\n")
            elif b.style == "br":
                out.append(f"<br />\n{esc(b.text)}</div>\n")
            else:
                out.append(f"<p>{esc(b.text)}</p>")
        elif isinstance(b, Img):
            out.append(_img_markup(b, story.title))
        elif isinstance(b, Raw):
            if b.html == _SHORTCODE_BLOCK:
                out.append(_recent_posts_filter(story.id))
            else:
                out.append(b.html)
        out.append("\n")
        i += 1
    markup = "".join(out)
    if story.opts.get("entities"):
        markup = entity_mix(markup)
    return markup


def _term_links(story: Story) -> str:
    cat = f'<a href="/blog/term/{story.cat}">{esc(CATEGORIES[story.cat])}</a>'
    tags = ", ".join(f'<a href="/blog/term/{t}">{esc(TAGS[t])}</a>' for t in story.opts.get("tags", []))
    line = f'<span class="danhmuc">Chuyên mục: {cat}</span>'
    if tags:
        line = f'<span class="the">Từ khóa: {tags}</span> ' + line
    return f'<div class="node-more-info">{line}</div>'


def _vn_day(story: Story) -> str:
    key = _SORT_KEY.get(story.id, story.published_at or "")
    y, m, d = key[:10].split("-")
    return f"{d}/{m}/{y}"


def _node_div(story: Story, *, full_page: bool) -> str:
    title_html = esc(story.title)
    if not full_page:
        title_html = f'<a href="/blog/{story.slug}">{title_html}</a>'
    excerpt = ""
    if story.sapo_outside and story.summary:
        excerpt = f'<div class="tomtat"><p>{esc(story.summary)}</p></div>'
    parts = [
        f'<div id="node-{story.id}" class="node node-type-blog node-promoted-{int(bool(story.opts.get("promoted")))}">',
        f'<h2 class="tieude">{title_html}</h2>',
        '<div class="node-info">'
        f'<span class="author">Đăng bởi <a href="/users/users/view/{story.opts["user"]}" rel="nofollow">'
        f'{story.opts["user"]}</a></span> '
        f'<span class="date">lúc {story.opts["created"]}</span> '
        f'<span class="luotxem">| Lượt xem: {story.views()}</span></div>',
        excerpt,
        f'<div class="node-body">\n{_body_markup(story)}</div>',
        _term_links(story),
    ]
    if full_page:
        if story.opts.get("updated"):
            parts.append(f'<div class="node-updated"><em>Sửa lần cuối: {story.opts["updated"]}</em></div>')
        parts.append(_tools(story))
        parts.append(_prev_next(story))
        parts.append(_comments(story))
    else:
        n = len(story.opts.get("comments", []))
        parts.append(
            f'<div class="node-links"><a href="/blog/{story.slug}#comments">{n} bình luận</a></div>'
        )
    parts.append("</div>")
    return "\n".join(p for p in parts if p)


def _tools(story: Story) -> str:
    return (
        '<div class="congcu">'
        '<a href="javascript:window.print()" class="in">In bài</a> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u=/blog/{story.slug}" target="_blank">'
        '<img src="/theme/TranPhu/img/fb-share.png" alt="Chia sẻ Facebook" /></a> '
        '<a href="#" onclick="window.scrollTo(0,0);return false;">Về đầu trang</a></div>'
    )


def _prev_next(story: Story) -> str:
    idx = ORDER.index(story)
    out = ['<div class="baitruoc-baisau">']
    if idx + 1 < len(ORDER):
        older = ORDER[idx + 1]
        out.append(f'<span class="truoc">« Bài trước: <a href="/blog/{older.slug}">{esc(older.title)}</a></span>')
    if idx > 0:
        newer = ORDER[idx - 1]
        out.append(f'<span class="sau">Bài sau: <a href="/blog/{newer.slug}">{esc(newer.title)}</a> »</span>')
    out.append("</div>")
    return "".join(out)


def _comments(story: Story) -> str:
    comments: list[Comment] = story.opts.get("comments", [])
    out = [f'<div class="comments" id="comments"><h3>{len(comments)} bình luận</h3>']
    for c in comments:
        cls = "comment comment-reply-level" if c.parent else "comment"
        out.append(
            f'<div id="comment-{c.cid}" class="{cls}">'
            '<div class="comment-info">'
            '<span class="avatar"><img src="http://www.gravatar.com/avatar/0d3f9c?s=32&amp;d=mm" '
            'alt="" /></span> '
            f'<span class="name">{esc(c.name)}</span> '
            f'<span class="date">đã viết lúc {c.when}</span></div>'
            f'<div class="comment-body"><p>{esc(c.text)}</p></div>'
            f'<div class="comment-reply"><a href="/comments/comments/add/{story.id}/{c.cid}">Trả lời</a></div>'
            "</div>"
        )
    out.append("</div>")
    out.append(_comment_form(story.id))
    return "".join(out)


def _comment_form(node_id: int, parent: int | None = None) -> str:
    action = f"/comments/comments/add/{node_id}" + (f"/{parent}" if parent else "")
    return (
        '<div class="comment-form"><h3>Gửi bình luận</h3>'
        f'<form method="post" action="{action}" id="CommentAddForm">'
        '<input type="hidden" name="_method" value="POST" />'
        '<input type="hidden" name="_Token[key]" value="b2c0f7e1a9" />'
        '<label>Họ tên</label><input name="name" type="text" /> '
        '<label>Email</label><input name="email" type="email" /> '
        '<label>Nội dung</label><textarea name="body"></textarea>'
        '<input type="submit" value="Gửi bình luận" /></form>'
        "<p><em>Bình luận sẽ được hiển thị sau khi Ban quản trị duyệt.</em></p></div>"
    )


# --- chrome ---------------------------------------------------------------------------------


def _menu() -> str:
    cats = "".join(f'<li><a href="/blog/term/{k}">{esc(v)}</a></li>' for k, v in CATEGORIES.items())
    return (
        '<ul class="sf-menu" id="menu-3">'
        '<li><a href="/">Trang chủ</a></li>'
        '<li><a href="/page/gioi-thieu">Giới thiệu</a><ul>'
        '<li><a href="/page/gioi-thieu">Giới thiệu chung</a></li>'
        '<li><a href="/page/lich-su-truyen-thong">Lịch sử truyền thống</a></li>'
        '<li><a href="/page/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>'
        f'<li><a href="/blog">Tin tức</a><ul>{cats}</ul></li>'
        '<li><a href="/page/quy-che-tuyen-sinh">Tuyển sinh</a></li>'
        '<li><a href="/contact">Liên hệ</a></li></ul>'
    )


def _sidebar() -> str:
    recent = "".join(
        f'<li><a href="/nodes/nodes/view/type:blog/slug:{s.slug}">{esc(s.title)}</a></li>' for s in RECENT
    )
    most_read = sorted(STORIES, key=lambda s: s.views(), reverse=True)[:4]
    reads = "".join(f'<li><a href="/blog/{s.slug}">{esc(s.title)}</a> ({s.views()})</li>' for s in most_read)
    return (
        '<div id="cot-phai">'
        '<div class="block block-search"><h3>Tìm kiếm</h3>'
        '<form action="/nodes/nodes/search" method="post"><input name="q" type="text" />'
        '<input type="submit" value="Tìm" /></form></div>'
        f'<div class="block block-recent_posts"><h3>Bài viết mới</h3><ul>{recent}</ul></div>'
        f'<div class="block block-doc-nhieu"><h3>Đọc nhiều nhất</h3><ul>{reads}</ul></div>'
        '<div class="block block-lienket"><h3>Liên kết</h3><ul>'
        '<li><a href="https://moet.gov.vn" target="_blank">Bộ GD&amp;ĐT</a></li>'
        '<li><a href="https://hatinh.edu.vn" target="_blank">Sở GD&amp;ĐT Hà Tĩnh</a></li>'
        '<li><a href="https://baohatinh.vn" target="_blank">Báo Hà Tĩnh</a></li></ul></div>'
        '<div class="block block-thamdo"><h3>Thăm dò ý kiến</h3>'
        "<p>Bạn đánh giá thế nào về website của trường?</p>"
        '<form method="post" action="/polls/vote/2"><label><input type="radio" name="a" value="1" /> Rất hữu ích</label>'
        '<label><input type="radio" name="a" value="2" /> Bình thường</label>'
        '<input type="submit" value="Bình chọn" /></form></div>'
        '<div class="block block-thongke"><h3>Thống kê truy cập</h3>'
        "<ul><li>Đang online: 27</li><li>Hôm nay: 1.352</li><li>Tổng truy cập: 2.418.097</li></ul></div>"
        "</div>"
    )


def _layout(title: str, content: str, crumbs: list[tuple[str, str | None]] | None = None,
            head_extra: str = "") -> str:
    crumb_html = ""
    if crumbs:
        parts = ['<a href="/">Trang chủ</a>']
        for label, href in crumbs:
            parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
        crumb_html = f'<div class="duongdan">{" » ".join(parts)}</div>'
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>{esc(title)} | Trường THPT Trần Phú - Hà Tĩnh</title>
<meta name="generator" content="Croogo - Content Management System" />
<meta name="description" content="Cổng thông tin điện tử Trường THPT Trần Phú, thành phố Hà Tĩnh" />
<link href="/nodes/promoted.rss" type="application/rss+xml" rel="alternate" title="RSS 2.0" />
<link rel="stylesheet" href="/theme/TranPhu/css/theme.css" />
<script src="/theme/TranPhu/js/superfish.js"></script>
{head_extra}
</head>
<body>
<div id="wrapper">
<div id="header">
<div class="ngay-hom-nay">{HEADER_DATE}</div>
<a href="/"><img src="/theme/TranPhu/img/logo.png" alt="Logo" class="logo" /></a>
<h1 class="ten-truong"><a href="/">{SCHOOL}</a></h1>
<p class="khauhieu">Dạy tốt - Học tốt - Rèn luyện tốt</p>
</div>
<div id="nav">{_menu()}</div>
<div id="main">
<div id="khung-giua">
{crumb_html}
{content}
</div>
{_sidebar()}
</div>
<div id="footer">
<p><strong>TRƯỜNG THPT TRẦN PHÚ - THÀNH PHỐ HÀ TĨNH</strong></p>
<p>Địa chỉ: 01 đường Trần Phú, phường Trần Phú, thành phố Hà Tĩnh, tỉnh Hà Tĩnh</p>
<p>Điện thoại: 0239 3855 123 - Email: c3tranphu@hatinh.edu.vn</p>
<p>&copy; 2026 Trường THPT Trần Phú. Powered by <a href="https://croogo.org">Croogo</a>.</p>
</div>
</div>
</body>
</html>"""


def _pagination(base: str, page: int, pages: int, total: int, per: int) -> str:
    def href(n: int) -> str:
        return base if n == 1 else f"{base}/page:{n}"

    items = []
    if page > 1:
        items.append(f'<li class="prev"><a href="{href(page - 1)}" rel="prev">&lt; trước</a></li>')
    else:
        items.append('<li class="prev disabled"><a href="">&lt; trước</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="active"><a href="">{n}</a></li>')
        else:
            items.append(f'<li><a href="{href(n)}">{n}</a></li>')
    if page < pages:
        items.append(f'<li class="next"><a href="{href(page + 1)}" rel="next">sau &gt;</a></li>')
    else:
        items.append('<li class="next disabled"><a href="">sau &gt;</a></li>')
    start = (page - 1) * per + 1
    end = min(total, page * per)
    counter = (
        f"<p class=\"paging-counter\">Trang {page} / {pages}, hiển thị {end - start + 1} bài trong tổng số "
        f"{total}, từ bài {start} đến bài {end}</p>"
    )
    return f'<div class="paging"><ul class="pagination">{"".join(items)}</ul>{counter}</div>'


def _excerpt(story: Story) -> str:
    text = " ".join(b.text for b in story.blocks if isinstance(b, P))
    cut = text[:180]
    return cut[: cut.rfind(" ")] + "..."


def _list_item(story: Story) -> str:
    first_img = next((b.src for b in story.blocks if isinstance(b, Img)), "/theme/TranPhu/img/no-image.jpg")
    thumb = first_img.replace("/uploads/", "/uploads/thumbs/")
    n = len(story.opts.get("comments", []))
    return (
        f'<div class="tin-item" id="node-{story.id}">'
        f'<a href="/blog/{story.slug}" class="anh-dai-dien"><img src="{thumb}" alt="" width="150" /></a>'
        f'<h3><a href="/blog/{story.slug}">{esc(story.title)}</a></h3>'
        f'<span class="ngaydang">Ngày đăng: {_vn_day(story)}</span>'
        f"<p>{esc(_excerpt(story))}</p>"
        f'<a class="xemtiep" href="/blog/{story.slug}">Xem tiếp »</a> '
        f'<a class="sobinhluan" href="/blog/{story.slug}#comments">{n} bình luận</a>'
        "</div>"
    )


# --- pages ----------------------------------------------------------------------------------


_PAGE_RE = re.compile(r"^(?P<base>.*?)(?:/page:(?P<n>\d+))?$")


def _split_page(path: str) -> tuple[str, int] | None:
    m = _PAGE_RE.match(path)
    if not m:
        return None
    n = int(m.group("n")) if m.group("n") else 1
    if m.group("n") is not None and n < 1:
        return None
    return m.group("base"), n


def _listing(title: str, base: str, stories: list[Story], page: int, per: int,
             crumbs: list[tuple[str, str | None]]) -> Response | None:
    pages = max(1, -(-len(stories) // per))
    if page > pages:
        return None
    chunk = stories[(page - 1) * per : page * per]
    content = (
        f'<div class="node-list"><h2 class="tieude-chuyenmuc">{esc(title)}</h2>'
        + "".join(_list_item(s) for s in chunk)
        + "</div>"
        + _pagination(base, page, pages, len(stories), per)
    )
    return html(_layout(title, content, crumbs))


def _promoted(page: int) -> Response | None:
    pages = -(-len(PROMOTED) // PROMO_PER_PAGE)
    if page > pages:
        return None
    chunk = PROMOTED[(page - 1) * PROMO_PER_PAGE : page * PROMO_PER_PAGE]
    content = (
        '<div class="nodes promoted">'
        + "\n".join(_node_div(s, full_page=False) for s in chunk)
        + "</div>"
        + _pagination("/nodes/promoted", page, pages, len(PROMOTED), PROMO_PER_PAGE)
    )
    return html(_layout("Trang chủ", content))


def _node_page(story: Story) -> Response:
    cat = CATEGORIES[story.cat]
    content = _node_div(story, full_page=True)
    related = [s for s in ORDER if s.cat == story.cat and s.id != story.id][:3]
    if related:
        content += (
            '<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>'
            + "".join(f'<li><a href="/blog/{s.slug}">{esc(s.title)}</a> ({_vn_day(s)})</li>' for s in related)
            + "</ul></div>"
        )
    return html(_layout(story.title, content, [(cat, f"/blog/term/{story.cat}"), (story.title, None)]))


def _page_node(node: PageNode) -> Response:
    content = (
        f'<div id="node-p-{node.slug}" class="node node-type-page">'
        f'<h2 class="tieude">{esc(node.title)}</h2>'
        f'<div class="node-info"><span class="author">Đăng bởi <a href="/users/users/view/quantri" '
        f'rel="nofollow">quantri</a></span> <span class="date">lúc {node.created}</span></div>'
        f'<div class="node-body">{node.body}</div></div>'
    )
    return html(_layout(node.title, content, [(node.title, None)]))


def _contact() -> Response:
    content = (
        '<div class="contact"><h2 class="tieude">Liên hệ</h2>'
        "<p>Trường THPT Trần Phú - 01 đường Trần Phú, thành phố Hà Tĩnh</p>"
        "<p>Điện thoại: 0239 3855 123 - Email: c3tranphu@hatinh.edu.vn</p>"
        '<form method="post" action="/contact"><input name="name" /><input name="email" />'
        '<textarea name="body"></textarea><input type="submit" value="Gửi" /></form></div>'
    )
    return html(_layout("Liên hệ", content, [("Liên hệ", None)]))


def _reply_page(story: Story, parent: int) -> Response | None:
    comment = next((c for c in story.opts.get("comments", []) if c.cid == parent), None)
    if comment is None:
        return None
    content = (
        f'<div class="comments-add"><h2 class="tieude">Trả lời bình luận: <a href="/blog/{story.slug}">'
        f"{esc(story.title)}</a></h2>"
        f'<blockquote class="comment-quote"><p><strong>{esc(comment.name)}</strong> đã viết lúc '
        f"{comment.when}:</p><p>{esc(comment.text)}</p></blockquote>"
        + _comment_form(story.id, parent)
        + "</div>"
    )
    return html(_layout("Gửi bình luận", content, [(story.title, f"/blog/{story.slug}"), ("Bình luận", None)]))


def _search(term: str) -> Response:
    hits = [s for s in ORDER if term and term.lower() in s.title.lower()]
    items = "".join(_list_item(s) for s in hits) or "<p>Không tìm thấy bài viết nào.</p>"
    content = f'<div class="node-list"><h2 class="tieude">Kết quả tìm kiếm: {esc(term)}</h2>{items}</div>'
    return html(_layout("Tìm kiếm", content, [("Tìm kiếm", None)]))


def _rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}/blog/{s.slug}</link>"
        f"<description>{esc(_excerpt(s))}</description></item>"
        for s in PROMOTED
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Trường THPT Trần Phú</title><link>{base}/</link>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


class CroogoSite:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith(("/uploads/", "/theme/", "/img/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, b"%PDF-1.4\n%%EOF\n", {"Content-Type": "application/pdf"})
            return static_file(path)
        if request.method == "POST":
            if path == "/nodes/nodes/search":
                term = request.form.get("q", "").strip()
                return Response(302, b"", {"Location": f"/search/q:{term}"})
            if path.startswith(("/comments/comments/add/", "/polls/vote/", "/contact")):
                return Response(302, b"", {"Location": request.headers.get("Referer", "/")})
            return None
        if request.query:
            return None
        if path in ("/", "/nodes/promoted"):
            return _promoted(1)
        if path == "/nodes/promoted.rss":
            return _rss(request)
        if path.startswith("/nodes/promoted/page:"):
            n = path.rsplit(":", 1)[1]
            return _promoted(int(n)) if n.isdigit() and n != "1" else None
        if path.startswith("/blog/term/"):
            split = _split_page(path[len("/blog/term/") :])
            if not split or split[0] not in ALL_TERMS or (split[1] == 1 and "/page:" in path):
                return None
            term, page = split
            stories = [s for s in ORDER if s.cat == term or term in s.opts.get("tags", [])]
            crumb = ALL_TERMS[term]
            return _listing(crumb, f"/blog/term/{term}", stories, page, TERM_PER_PAGE, [(crumb, None)])
        if path == "/blog" or path.startswith("/blog/page:"):
            split = _split_page(path)
            if not split or split[0] != "/blog" or (split[1] == 1 and "/page:" in path):
                return None
            return _listing("Tin tức", "/blog", ORDER, split[1], BLOG_PER_PAGE, [("Tin tức", None)])
        if path.startswith("/blog/"):
            story = BY_SLUG.get(path[len("/blog/") :])
            return _node_page(story) if story else None
        if path.startswith("/nodes/nodes/view/type:blog/slug:"):
            story = BY_SLUG.get(path[len("/nodes/nodes/view/type:blog/slug:") :])
            return _node_page(story) if story else None
        if path.startswith("/page/"):
            node = PAGES_BY_SLUG.get(path[len("/page/") :])
            return _page_node(node) if node else None
        if path == "/contact":
            return _contact()
        if path.startswith("/search/q:"):
            return _search(path[len("/search/q:") :])
        m = re.fullmatch(r"/comments/comments/add/(\d+)/(\d+)", path)
        if m:
            story = BY_ID.get(int(m.group(1)))
            return _reply_page(story, int(m.group(2))) if story else None
        return None


def build_site() -> CroogoSite:
    return CroogoSite()


def _gold(story: Story) -> dict:
    path = f"/blog/{story.slug}"
    return gold_record(
        story,
        path,
        CATEGORIES[story.cat],
        alt_paths=[f"/nodes/nodes/view/type:blog/slug:{story.slug}"],
    )


GOLD = [_gold(s) for s in ORDER]

NON_ARTICLES = [
    "/page/gioi-thieu",
    "/page/lich-su-truyen-thong",
    "/page/co-cau-to-chuc",
    "/page/quy-che-tuyen-sinh",
    "/contact",
]
