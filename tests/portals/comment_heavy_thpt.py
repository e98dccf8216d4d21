"""Trường THPT Nguyễn Huệ (Phú Yên) on a vendor ASP.NET MVC school portal whose article template
puts the READERS' COMMENTS INSIDE THE ARTICLE'S OWN BOX.

Platform
--------
A hosted "Cổng thông tin điện tử trường học" sold to schools by a provincial vendor (ASP.NET MVC 5,
Razor views, jQuery, CKEditor content). Routes are the vendor's: ``/bai-viet/<slug>-<id>.html``
for an article, ``/chuyen-muc/<slug>?trang=<n>`` for a category listing (6 a page), plus a few
fixed pages. Two article views are in use, because the school switched themes in 2025 and the
vendor kept the old view for some categories:

Template A (theme "2024", new posts of Tin tức, Đoàn trường, Học tập, Thông báo)::

    <div class="chitiet-baiviet">
      <h1 class="tieude-baiviet">…</h1>
      <div class="thongtin-baiviet"><span class="ngaydang">Thứ Ba, 17/11/2026, 15:30</span>
        <span class="luotxem">Lượt xem: 312</span> + print / email / share tools</div>
      <div class="sapo"><strong>…</strong></div>          (only on some posts)
      <div class="noidung-baiviet"> CKEditor HTML; closing byline inside </div>
      <div class="binhluan" id="binhluan">
        <h3>Ý kiến bạn đọc (12)</h3>
        <ul class="ds-binhluan"><li class="comment-item"> avatar, <b>reader</b>, date,
          <div class="noidung-bl"><p>…</p></div>, "Thích (3) · Trả lời", indented replies </li></ul>
        comment pager, "Gửi ý kiến" form (Họ tên, Email, Nội dung, Mã xác nhận)
      </div>
    </div>

Template B (the older view)::

    <div class="chitiet-baiviet news-detail">
      <h1 class="title-detail">…</h1>
      <div class="meta-detail"> date "Thứ Ba, 17/11/2026 - 15:30" | "Tác giả: …" (optional) | views</div>
      <div class="content-detail"> HTML; a bold first paragraph is the sapo </div>
      <div class="tools"> print, email, Facebook, Zalo </div>
      <div class="y-kien"><div class="y-kien-title">Ý kiến bạn đọc (4)</div>
        <div class="cmt-box"> <strong>reader</strong> date, text, actions, nested cmt-box replies</div>
        form </div>
    </div>

Template A prints ``<link rel="canonical">``; template B prints none.

URL scheme
----------
- ``/`` home: "Tin mới" (6 newest of all categories), one box per category (3 newest), sidebar.
- ``/bai-viet/<slug>-<id>.html``: an article. ``?cpage=2`` on the one article with more than 8
  comments shows the same article with the second page of comments (the comment pager's link).
- ``/chuyen-muc/<slug>`` and ``?trang=<n>`` (6 a page, newest first): tin-tuc, doan-truong,
  hoc-tap, thong-bao.
- ``/gioi-thieu``, ``/lien-he`` (form), ``/hoi-dap`` (readers' questions with the school's answers).
- Uploads under ``/Uploads/thptnguyenhue/2026/<mm>/``; theme files under ``/Content/``.

How each gold article is reached
--------------------------------
- The 6 newest articles: home "Tin mới"; every article: its category listing.
- Tin tức has 7 articles: the oldest (the school-year opening, 05/09/2026) is only on
  ``/chuyen-muc/tin-tuc?trang=2`` (never on the home page, in the sidebar or in the related
  lists, which show the 4 newest other posts of the category).
- Related lists ("Các tin khác") and the "Tin đọc nhiều" sidebar link to more articles.

Traps
-----
- Comments sit inside ``div.chitiet-baiviet`` after the text: a reader's name in bold, a date
  ("2 ngày trước", "21/11/2026 20:13"), a paragraph, "Thích (3) · Trả lời", indented replies
  "Ban biên tập trả lời: …". Class names differ by template: "binhluan"/"comment-item" (A),
  "y-kien"/"cmt-box" (B).
- The article's closing byline (a bare right-aligned name or "Tin, ảnh: …") is followed by the
  thread, and some readers sign their comment with a right-aligned name in the very same markup:
  the LAST right-aligned name on the page is a reader's, never the author.
- One comment (two posts) quotes a line of the article in a blockquote.
- "Chưa có ý kiến nào. Hãy là người đầu tiên gửi ý kiến!" on two posts.
- The comment pager's ``?cpage=2`` URL serves the same article (in alt_paths).
- The header prints today's date "Thứ Sáu, 04/12/2026", never a publication date; comment
  dates are later than the article's own date.
- "/hoi-dap" is a Q&A list with bold names, dates and answers, not an article.
- Avatars in the comments, the logo and banners are layout images.

Gold decisions
--------------
- title: the h1; published_at: the date line of the article with its time (+07:00).
- authors / photographers: the closing byline of the text ("Tin, ảnh: Đoàn trường" -> both;
  "Tin: X; Ảnh: CLB Nhiếp ảnh"; "ThS. Lê Quang Vinh - Tổ trưởng Tổ Toán" -> Lê Quang Vinh; "BBT"
  -> nobody) or template B's "Tác giả:" field; never a commenter.
- source: "Nguồn: Sở GD&ĐT Phú Yên" -> "Sở GD&ĐT Phú Yên".
- summary: template A's ``div.sapo``; template B's bold first paragraph (also first in body).
- body: the text's paragraphs, headings, list items, table rows (cells " | "), quotes; a <br>
  splits a paragraph in two. Not: captions, byline, source line, comments, form, tools.
- images: the photos of the text with the line under them (figcaption, centred italic line or a
  plain paragraph) or None.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "comment_heavy_thpt"
PLATFORM = "Vendor ASP.NET MVC 5 school portal (two article views, comments inside the article box)"
START_PATH = "/"

SITE_TITLE = "Trường THPT Nguyễn Huệ - Phú Yên"
TODAY = "Thứ Sáu, 04/12/2026"
PER_PAGE = 6
COMMENTS_PER_PAGE = 8

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "doan-truong": "Đoàn trường",
    "hoc-tap": "Học tập",
    "thong-bao": "Thông báo",
}

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


@dataclass(frozen=True)
class C:
    """A reader's comment: ``sig`` a right-aligned signature, ``quote`` a line of the article."""

    name: str
    when: str
    text: str
    likes: int = 0
    sig: str | None = None
    quote: str | None = None
    reply: str | None = None


def up(month: int, name: str) -> str:
    return f"/Uploads/thptnguyenhue/2026/{month:02d}/{name}"


def right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{inner}</strong></p>')


# --- the articles -------------------------------------------------------------------------
# opts: tpl ("A" | "B"), time ("HH:MM"), author_meta (template B "Tác giả:"), comments (list of C)
# P styles: "h" (sub-heading), "li", "quote", "tr" (table row, cells " | "), "br1"/"br2" (two lines
# of one <p> split by <br>), "b" (bold lead paragraph of template B).

SAPO_T1 = (
    "Sáng 20/11, Trường THPT Nguyễn Huệ long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, "
    "ôn lại truyền thống vẻ vang của ngành và tri ân các thế hệ thầy cô giáo."
)
QUOTE_T1 = (
    "Mỗi thầy cô hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh noi theo."
)
SAPO_T2 = (
    "Với 5 dự án đạt giải, trong đó có 1 giải Nhất, học sinh Trường THPT Nguyễn Huệ tiếp tục khẳng "
    "định thế mạnh tại Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026-2027."
)
SAPO_T7 = (
    "Sáng 05/9, trong không khí tưng bừng của ngày hội đến trường, hơn 1.300 học sinh Trường THPT "
    "Nguyễn Huệ dự Lễ khai giảng năm học 2026-2027."
)
QUOTE_H2 = (
    "Đừng học thuộc bài mẫu: hãy tập lập luận bằng chính những trải nghiệm và quan sát của mình."
)

STORIES: list[Story] = [
    Story(
        1187,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Trường THPT Nguyễn Huệ tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc",
        "2026-11-20T09:45:00+07:00",
        [
            Img(up(11, "le-20-11-quang-canh.jpg"), "Quang cảnh buổi lễ kỷ niệm", "Quang cảnh buổi lễ kỷ niệm", "fig"),
            P(
                "Đến dự buổi lễ có ông Nguyễn Văn Bình, Phó Giám đốc Sở GD&ĐT Phú Yên; đại diện lãnh đạo "
                "UBND thị xã Đông Hòa, Ban đại diện cha mẹ học sinh cùng đông đủ cán bộ, giáo viên, nhân "
                "viên và hơn 1.300 học sinh của trường."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Trần Quốc Hưng, Hiệu trưởng nhà trường điểm lại những kết quả "
                "nổi bật của năm học 2025-2026: tỷ lệ tốt nghiệp THPT đạt 99,6%, 38 học sinh đạt giải học "
                "sinh giỏi cấp tỉnh, 2 học sinh đạt giải học sinh giỏi quốc gia."
            ),
            P(
                "Thầy Hiệu trưởng nhắn nhủ đội ngũ giáo viên: “" + QUOTE_T1[:-1] + "”."
            ),
            P(
                "Dịp này, nhà trường trao Giấy khen cho 24 giáo viên có thành tích xuất sắc trong phong "
                "trào thi đua “Dạy tốt - Học tốt” và trao 45 suất học bổng “Tiếp sức đến trường” cho học "
                "sinh có hoàn cảnh khó khăn vươn lên trong học tập."
            ),
            Img(
                up(11, "le-20-11-trao-thuong.jpg"),
                "Thầy Hiệu trưởng trao Giấy khen cho các giáo viên tiêu biểu",
                "Thầy Hiệu trưởng trao Giấy khen cho các giáo viên tiêu biểu",
                "center",
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do Đoàn trường dàn dựng với những "
                "tiết mục ca ngợi tình thầy trò, để lại nhiều cảm xúc cho thầy cô và các em học sinh."
            ),
            right("Nguyễn Văn Thành"),
        ],
        authors=["Nguyễn Văn Thành"],
        summary=SAPO_T1,
        sapo_outside=True,
        opts={
            "tpl": "A",
            "comments": [
                C("Nguyễn Thị Mai", "2 ngày trước", "Xúc động quá, chúc các thầy cô luôn mạnh khỏe và hạnh phúc!", 14),
                C(
                    "Lê Minh Khoa",
                    "01/12/2026 21:07",
                    "Đọc câu này thấy rất thấm thía, cảm ơn thầy Hiệu trưởng.",
                    9,
                    quote=QUOTE_T1,
                ),
                C(
                    "Phụ huynh lớp 11A4",
                    "30/11/2026 19:32",
                    "Cảm ơn nhà trường đã quan tâm trao học bổng cho các em có hoàn cảnh khó khăn. "
                    "Mong trường tiếp tục duy trì chương trình này.",
                    6,
                    reply="Cảm ơn quý phụ huynh. Chương trình “Tiếp sức đến trường” được duy trì hằng năm nhờ sự "
                    "đóng góp của các cựu học sinh.",
                ),
                C("Trần Văn Lộc", "28/11/2026 08:15", "Trường mình năm nào cũng tổ chức chu đáo, rất tự hào!", 3),
                C(
                    "Cựu học sinh khóa 2008-2011",
                    "25/11/2026 22:40",
                    "Nhìn ảnh lại nhớ thầy cô ngày xưa. Kính chúc thầy Hưng và các thầy cô nhiều sức khỏe, "
                    "tiếp tục chèo lái con thuyền Nguyễn Huệ.",
                    11,
                    sig="Phan Thị Hồng Nhung",
                ),
                C("Võ Thành Đạt", "23/11/2026 17:02", "Tiết mục văn nghệ của lớp 12A1 hay lắm ạ.", 2),
                C("Huỳnh Thị Kim Oanh", "22/11/2026 10:20", "Chúc mừng các thầy cô được khen thưởng!", 4),
                C(
                    "Nguyễn Hoàng Anh",
                    "21/11/2026 20:13",
                    "Em là học sinh lớp 10A2, em rất biết ơn các thầy cô đã tận tình dạy dỗ chúng em trong "
                    "những tháng đầu tiên ở trường mới.",
                    5,
                    sig="Nguyễn Hoàng Anh",
                ),
                C("Lê Thị Ngọc Hân", "21/11/2026 15:48", "Buổi lễ rất ý nghĩa.", 1),
                C("Đinh Công Tuấn", "21/11/2026 09:30", "Tự hào là học sinh Nguyễn Huệ!", 2),
                C(
                    "Trương Mỹ Duyên",
                    "20/11/2026 21:05",
                    "Kính chúc quý thầy cô một ngày 20/11 thật nhiều niềm vui.",
                    3,
                    sig="Trương Mỹ Duyên",
                ),
                C("Phạm Quốc Bảo", "20/11/2026 12:11", "Hay quá, cảm ơn Ban biên tập đã đưa tin.", 0),
            ],
        },
    ),
    Story(
        1183,
        "hoc-sinh-dat-5-giai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        "Học sinh Trường THPT Nguyễn Huệ đoạt 5 giải tại Cuộc thi Khoa học kỹ thuật cấp tỉnh",
        "tin-tuc",
        "2026-11-13T16:10:00+07:00",
        [
            P(SAPO_T2, "b"),
            P(
                "Cuộc thi do Sở GD&ĐT Phú Yên tổ chức từ ngày 10 đến 12/11/2026 tại Trường THPT chuyên "
                "Lương Văn Chánh, thu hút 142 dự án của học sinh 38 trường THPT trong tỉnh."
            ),
            Img(
                up(11, "khkt-giai-nhat.jpg"),
                "Nhóm tác giả dự án “Hệ thống cảnh báo sạt lở đất dùng cảm biến độ ẩm” giới thiệu sản phẩm với Ban giám khảo",
                "Nhóm tác giả dự án “Hệ thống cảnh báo sạt lở đất dùng cảm biến độ ẩm” giới thiệu sản phẩm với Ban giám khảo",
                "center",
            ),
            P("Kết quả cụ thể như sau:", ""),
            P("Giải Nhất: dự án “Hệ thống cảnh báo sạt lở đất dùng cảm biến độ ẩm” (lĩnh vực Kỹ thuật môi trường).", "li"),
            P("Giải Nhì: dự án “Ứng dụng nhận diện bệnh trên lá lúa bằng trí tuệ nhân tạo”.", "li"),
            P("Giải Ba: 2 dự án thuộc lĩnh vực Hóa học và Khoa học xã hội - hành vi.", "li"),
            P("Giải Khuyến khích: dự án “Gạch không nung từ vỏ sò và tro bay”.", "li"),
            P(
                "Dự án đạt giải Nhất được chọn tham dự Cuộc thi Khoa học kỹ thuật cấp quốc gia dành cho "
                "học sinh trung học tổ chức vào tháng 3/2027."
            ),
            right("Tin, ảnh: Trần Thị Ngọc Ánh"),
        ],
        authors=["Trần Thị Ngọc Ánh"],
        photographers=["Trần Thị Ngọc Ánh"],
        summary=SAPO_T2,
        opts={
            "tpl": "B",
            "comments": [
                C("Nguyễn Thị Mai", "3 ngày trước", "Chúc mừng các em! Mong dự án giải Nhất sẽ đạt kết quả cao ở cấp quốc gia.", 7),
                C(
                    "Lê Văn Hùng",
                    "15/11/2026 20:13",
                    "Cho hỏi dự án cảnh báo sạt lở có thể áp dụng cho các xã miền núi Sơn Hòa, Sông Hinh không ạ?",
                    3,
                    reply="Nhóm tác giả đang phối hợp với xã Sơn Hội thử nghiệm thực tế trong mùa mưa năm nay.",
                ),
                C("Trần Minh Quân", "14/11/2026 07:55", "Tự hào về các bạn!", 2),
                C(
                    "Giáo viên hướng dẫn",
                    "13/11/2026 21:30",
                    "Cảm ơn sự cố gắng của các em trong suốt 6 tháng thực hiện dự án.",
                    12,
                    sig="Nguyễn Thị Thanh Tâm",
                ),
            ],
        },
    ),
    Story(
        1179,
        "hoi-thao-giao-vien-chao-mung-ngay-nha-giao-2026",
        "Sôi nổi Hội thao giáo viên chào mừng Ngày Nhà giáo Việt Nam",
        "tin-tuc",
        "2026-11-10T07:30:00+07:00",
        [
            P(
                "Trong hai ngày 07 và 08/11/2026, Công đoàn Trường THPT Nguyễn Huệ tổ chức Hội thao giáo "
                "viên với các môn bóng chuyền hơi, kéo co, cầu lông và cờ tướng."
            ),
            P(
                "Hơn 80 cán bộ, giáo viên, nhân viên thuộc 8 tổ chuyên môn đã tham gia thi đấu trên tinh "
                "thần đoàn kết, vui tươi và cao thượng."
            ),
            Img(up(11, "hoi-thao-keo-co.jpg"), "Phần thi kéo co của Tổ Ngữ văn và Tổ Toán", "Phần thi kéo co của Tổ Ngữ văn và Tổ Toán", "plain"),
            P(
                "Kết thúc hội thao, Tổ Toán giành giải Nhất toàn đoàn, Tổ Ngữ văn giải Nhì, Tổ Khoa học "
                "tự nhiên giải Ba."
            ),
            right("Tin: Lê Hoàng Phúc; Ảnh: CLB Nhiếp ảnh"),
        ],
        authors=["Lê Hoàng Phúc"],
        photographers=["CLB Nhiếp ảnh"],
        opts={
            "tpl": "A",
            "comments": [
                C("Đỗ Thị Lan", "09/11/2026 19:40", "Thầy cô chơi kéo co nhiệt tình quá!", 5),
                C("Nguyễn Văn Sơn", "08/11/2026 22:10", "Chúc mừng Tổ Toán nhé.", 1, sig="Nguyễn Văn Sơn"),
                C("Hà Mỹ Linh", "08/11/2026 18:03", "Năm sau cho học sinh cổ vũ với ạ.", 2),
            ],
        },
    ),
    Story(
        1172,
        "don-doan-kiem-tra-cong-tac-dau-nam-hoc-cua-so-gddt",
        "Đón Đoàn kiểm tra công tác đầu năm học của Sở GD&ĐT Phú Yên",
        "tin-tuc",
        "2026-10-28T14:00:00+07:00",
        [
            P(
                "Ngày 27/10/2026, Đoàn kiểm tra của Sở GD&ĐT Phú Yên do bà Lê Thị Thu Trang, Trưởng phòng "
                "Giáo dục trung học làm trưởng đoàn đã kiểm tra công tác chuẩn bị và triển khai nhiệm vụ "
                "năm học 2026-2027 tại trường."
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ quản lý, kế hoạch giáo dục nhà trường, dự giờ 6 tiết dạy và kiểm "
                "tra cơ sở vật chất, thiết bị dạy học."
            ),
            P(
                "Kết luận buổi kiểm tra, trưởng đoàn đánh giá cao sự chuẩn bị chu đáo của nhà trường, đồng "
                "thời đề nghị trường đẩy mạnh chuyển đổi số trong quản lý và dạy học."
            ),
            right("BBT"),
        ],
        opts={"tpl": "B", "comments": []},
    ),
    Story(
        1165,
        "tap-huan-ky-nang-phong-chay-chua-chay-cho-hoc-sinh",
        "Tập huấn kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ cho học sinh",
        "tin-tuc",
        "2026-10-15T09:20:00+07:00",
        [
            P(
                "Sáng 14/10/2026, Trường THPT Nguyễn Huệ phối hợp với Đội Cảnh sát PCCC và CNCH Công an "
                "thị xã Đông Hòa tổ chức buổi tập huấn kỹ năng phòng cháy, chữa cháy cho hơn 400 học "
                "sinh khối 10."
            ),
            Img(up(10, "tap-huan-pccc.jpg")),
            P(
                "Các em được hướng dẫn cách sử dụng bình chữa cháy xách tay, kỹ năng thoát nạn khi có "
                "khói và cách sơ cứu người bị bỏng.",
                "br1",
            ),
            P("Sau phần lý thuyết, học sinh trực tiếp thực hành dập lửa dưới sự hướng dẫn của cán bộ chiến sĩ.", "br2"),
            P(
                "Buổi tập huấn góp phần nâng cao ý thức và kỹ năng tự bảo vệ bản thân cho học sinh trước "
                "những tình huống cháy nổ trong cuộc sống."
            ),
            right("Võ Thị Kim Liên"),
        ],
        authors=["Võ Thị Kim Liên"],
        opts={
            "tpl": "A",
            "comments": [
                C("Trần Thị Bích", "16/10/2026 06:50", "Hoạt động rất thiết thực, nên tổ chức cho cả khối 11, 12.", 8),
                C(
                    "Nguyễn Quang Vũ",
                    "15/10/2026 20:13",
                    "Con tôi về kể rất hào hứng. Cảm ơn nhà trường và các chiến sĩ.",
                    4,
                    sig="Nguyễn Quang Vũ",
                ),
            ],
        },
    ),
    Story(
        1158,
        "gap-mat-cuu-hoc-sinh-ky-niem-35-nam-thanh-lap-truong",
        "Gặp mặt cựu học sinh các khóa nhân kỷ niệm 35 năm thành lập trường",
        "tin-tuc",
        "2026-09-26T19:05:00+07:00",
        [
            P(
                "Tối 25/9/2026, tại sân trường, Ban liên lạc cựu học sinh phối hợp với nhà trường tổ chức "
                "buổi gặp mặt cựu học sinh các khóa nhân kỷ niệm 35 năm thành lập trường (1991-2026)."
            ),
            P(
                "Hơn 600 cựu học sinh từ khắp mọi miền đất nước đã trở về thăm trường, gặp lại thầy cô "
                "và bạn bè cũ."
            ),
            P("Những con số đáng nhớ", "h"),
            P("35 khóa học sinh với gần 14.000 học sinh đã tốt nghiệp.", "li"),
            P("12 học sinh đạt giải học sinh giỏi quốc gia.", "li"),
            P("Quỹ khuyến học do cựu học sinh đóng góp đạt hơn 1,2 tỷ đồng.", "li"),
            Img(up(9, "gap-mat-cuu-hoc-sinh.jpg"), "Các thế hệ cựu học sinh chụp ảnh lưu niệm cùng thầy cô", "Các thế hệ cựu học sinh chụp ảnh lưu niệm cùng thầy cô", "center"),
            P(
                "Tại buổi gặp mặt, Ban liên lạc đã trao tặng nhà trường 50 bộ bàn ghế học sinh và 20 "
                "suất học bổng trị giá 2 triệu đồng mỗi suất."
            ),
        ],
        authors=["Phạm Minh Tuấn"],
        opts={
            "tpl": "B",
            "author_meta": "Phạm Minh Tuấn",
            "comments": [
                C("Lê Thị Thanh Thủy", "2 tháng trước", "Lần nào về trường cũng thấy xúc động.", 10, sig="Cựu học sinh khóa 1994-1997"),
                C("Nguyễn Hữu Phước", "28/09/2026 21:15", "Tiếc quá năm nay em không về được.", 2),
                C(
                    "Đặng Văn Hòa",
                    "27/09/2026 08:44",
                    "Xin hỏi Ban liên lạc khóa 2001-2004 liên hệ ai ạ?",
                    1,
                    reply="Anh vui lòng liên hệ Văn phòng nhà trường qua số 0257 3530 123 để được kết nối.",
                ),
                C("Mai Thị Thu", "26/09/2026 22:30", "Cảm ơn thầy cô và các anh chị đã tổ chức.", 3),
                C("Trần Đình Nam", "26/09/2026 20:01", "Tuyệt vời!", 0, sig="Trần Đình Nam"),
            ],
        },
    ),
    Story(
        1142,
        "le-khai-giang-nam-hoc-2026-2027",
        "Lễ khai giảng năm học 2026-2027",
        "tin-tuc",
        "2026-09-05T08:15:00+07:00",
        [
            P(
                "Năm học 2026-2027, nhà trường có 34 lớp với 1.342 học sinh, trong đó có 12 lớp 10 với "
                "468 học sinh mới trúng tuyển."
            ),
            Img(up(9, "khai-giang-2026.jpg"), "Học sinh khối 10 dự lễ khai giảng", "Học sinh khối 10 dự lễ khai giảng", "fig"),
            P(
                "Tại buổi lễ, thầy Hiệu trưởng Trần Quốc Hưng đã đọc thư của Chủ tịch nước gửi ngành giáo "
                "dục nhân dịp khai giảng năm học mới."
            ),
            P("Nhà trường đề ra các mục tiêu trọng tâm:", ""),
            P("Nâng cao chất lượng giáo dục toàn diện, chú trọng giáo dục kỹ năng sống.", "li"),
            P("Duy trì tỷ lệ tốt nghiệp THPT trên 99%.", "li"),
            P("Đẩy mạnh ứng dụng công nghệ thông tin và chuyển đổi số.", "li"),
            Img(up(9, "khai-giang-danh-trong.jpg"), "Thầy Hiệu trưởng đánh trống khai giảng năm học mới", "Thầy Hiệu trưởng đánh trống khai giảng năm học mới", "center"),
            P(
                "Tiếng trống khai trường vang lên, mở đầu cho một năm học mới với nhiều kỳ vọng của thầy "
                "và trò Trường THPT Nguyễn Huệ."
            ),
            right("Tin, ảnh: Nguyễn Văn Thành"),
        ],
        authors=["Nguyễn Văn Thành"],
        photographers=["Nguyễn Văn Thành"],
        summary=SAPO_T7,
        sapo_outside=True,
        opts={
            "tpl": "A",
            "comments": [
                C("Nguyễn Thị Mai", "3 tháng trước", "Chúc thầy cô và các em một năm học thành công!", 4),
                C("Lê Quốc Việt", "06/09/2026 10:20", "Con tôi năm nay vào lớp 10A3, rất vui vì được học ở trường.", 3),
                C("Phạm Thị Hạnh", "05/09/2026 20:45", "Buổi lễ ngắn gọn mà trang trọng.", 1, sig="Phụ huynh Phạm Thị Hạnh"),
                C("Trần Hữu Tài", "05/09/2026 18:10", "Năm học mới thắng lợi mới!", 2),
                C("Võ Thị Lệ", "05/09/2026 12:33", "Học sinh đồng phục đẹp quá.", 0),
                C("Đoàn Minh Trí", "05/09/2026 10:02", "Chúc mừng năm học mới.", 1, sig="Đoàn Minh Trí"),
            ],
        },
    ),
    Story(
        1185,
        "doan-truong-phat-dong-phong-trao-tuoi-tre-song-dep",
        "Đoàn trường phát động phong trào “Tuổi trẻ Nguyễn Huệ sống đẹp, sống có ích”",
        "doan-truong",
        "2026-11-16T10:00:00+07:00",
        [
            P(
                "Sáng thứ Hai 16/11/2026, trong buổi chào cờ đầu tuần, Ban Chấp hành Đoàn trường đã phát "
                "động phong trào “Tuổi trẻ Nguyễn Huệ sống đẹp, sống có ích” đến toàn thể đoàn viên, "
                "thanh niên."
            ),
            P("Phong trào gồm các nội dung chính:", ""),
            P("Mỗi chi đoàn đăng ký ít nhất một công trình, phần việc thanh niên trong học kỳ I.", "li"),
            P("Quyên góp sách vở, quần áo ấm cho học sinh vùng cao huyện Sông Hinh.", "li"),
            P("Ra quân “Ngày Chủ nhật xanh” làm sạch khuôn viên trường và khu dân cư.", "li"),
            Img(up(11, "doan-truong-phat-dong.jpg"), "Đoàn viên ký cam kết hưởng ứng phong trào", "Đoàn viên ký cam kết hưởng ứng phong trào", "center"),
            P(
                "Kết quả phong trào sẽ được tổng kết vào dịp kỷ niệm Ngày thành lập Đoàn TNCS Hồ Chí "
                "Minh 26/3/2027."
            ),
            right("Tin, ảnh: Đoàn trường"),
        ],
        authors=["Đoàn trường"],
        photographers=["Đoàn trường"],
        opts={
            "tpl": "B",
            "comments": [
                C("Bí thư chi đoàn 11A1", "5 ngày trước", "Chi đoàn 11A1 đăng ký công trình “Góc đọc sách xanh” ạ.", 6),
                C("Nguyễn Thị Mai", "17/11/2026 19:25", "Phong trào rất ý nghĩa, ủng hộ các em!", 3, sig="Nguyễn Thị Mai"),
                C("Lê Khánh Linh", "16/11/2026 21:14", "Lớp em sẽ quyên góp thật nhiều sách.", 2),
            ],
        },
    ),
    Story(
        1168,
        "chung-ket-hoi-thi-rung-chuong-vang-khoi-10",
        "Chung kết Hội thi “Rung chuông vàng” khối 10 năm học 2026-2027",
        "doan-truong",
        "2026-10-20T15:30:00+07:00",
        [
            P(
                "Chiều 19/10/2026, Đoàn trường tổ chức Chung kết Hội thi “Rung chuông vàng” dành cho 100 "
                "thí sinh xuất sắc nhất của 12 lớp khối 10."
            ),
            P(
                "Các câu hỏi xoay quanh kiến thức các môn học, lịch sử địa phương Phú Yên, an toàn giao "
                "thông và kỹ năng sống."
            ),
            Img(up(10, "rung-chuong-vang.jpg"), "Em Nguyễn Gia Bảo (10A1) giành chiến thắng chung cuộc", "Em Nguyễn Gia Bảo (10A1) giành chiến thắng chung cuộc", "fig"),
            P(
                "Sau 25 câu hỏi gay cấn, em Nguyễn Gia Bảo, lớp 10A1 là thí sinh duy nhất trụ lại đến câu "
                "hỏi cuối cùng và rung được chuông vàng."
            ),
            P("“Em rất bất ngờ và hạnh phúc, em cảm ơn các bạn lớp 10A1 đã luôn cổ vũ em”, Gia Bảo chia sẻ.", "quote"),
            right("Huỳnh Thị Bích Ngọc"),
        ],
        authors=["Huỳnh Thị Bích Ngọc"],
        opts={
            "tpl": "A",
            "comments": [
                C("Nguyễn Văn Hải", "21/10/2026 07:12", "Chúc mừng em Gia Bảo!", 9),
                C(
                    "Phụ huynh lớp 10A5",
                    "20/10/2026 21:40",
                    "Cho hỏi có video ghi lại hội thi không ạ?",
                    2,
                    reply="Video hội thi được đăng trên fanpage Đoàn trường THPT Nguyễn Huệ.",
                ),
                C("Lê Thị Thu", "20/10/2026 19:55", "Câu hỏi về lịch sử Phú Yên hay quá.", 1),
                C("Trần Gia Huy", "20/10/2026 18:30", "10A1 vô địch!", 4, sig="Trần Gia Huy - 10A1"),
            ],
        },
    ),
    Story(
        1181,
        "chuyen-de-day-hoc-phat-trien-nang-luc-mon-toan",
        "Chuyên đề: Dạy học phát triển năng lực môn Toán theo Chương trình GDPT 2018",
        "hoc-tap",
        "2026-11-12T14:20:00+07:00",
        [
            P(
                "Thực hiện kế hoạch sinh hoạt chuyên môn theo nghiên cứu bài học, ngày 11/11/2026, Tổ Toán "
                "tổ chức chuyên đề “Dạy học phát triển năng lực môn Toán theo Chương trình GDPT 2018”."
            ),
            P("1. Mục tiêu chuyên đề", "h"),
            P(
                "Giúp giáo viên vận dụng các phương pháp dạy học tích cực như dạy học giải quyết vấn đề, "
                "dạy học theo nhóm, dạy học dự án vào bài dạy cụ thể."
            ),
            P("2. Tiết dạy minh họa", "h"),
            P(
                "Cô Nguyễn Thị Phương Thảo dạy minh họa bài “Phương trình lượng giác cơ bản” tại lớp 11A2, "
                "sử dụng phần mềm GeoGebra giúp học sinh trực quan hóa đường tròn lượng giác."
            ),
            Img(up(11, "chuyen-de-toan.jpg"), "Học sinh lớp 11A2 thảo luận nhóm trong tiết dạy minh họa", "Học sinh lớp 11A2 thảo luận nhóm trong tiết dạy minh họa", "center"),
            P("3. Thảo luận, rút kinh nghiệm", "h"),
            P(
                "Các giáo viên thống nhất tiếp tục đổi mới kiểm tra, đánh giá theo hướng phát triển năng "
                "lực, tăng cường câu hỏi gắn với thực tiễn."
            ),
            right("ThS. Lê Quang Vinh - Tổ trưởng Tổ Toán"),
        ],
        authors=["Lê Quang Vinh"],
        opts={
            "tpl": "A",
            "comments": [
                C("Nguyễn Thị Hoa", "13/11/2026 20:13", "Cô Thảo dạy rất cuốn hút, cho xin file GeoGebra với ạ.", 5),
                C("Võ Văn Tín", "12/11/2026 22:05", "Chuyên đề bổ ích.", 1, sig="Võ Văn Tín - GV Toán"),
            ],
        },
    ),
    Story(
        1170,
        "kinh-nghiem-on-thi-tot-nghiep-thpt-mon-ngu-van-nghi-luan-xa-hoi",
        "Kinh nghiệm ôn thi tốt nghiệp THPT môn Ngữ văn: Viết bài nghị luận xã hội",
        "hoc-tap",
        "2026-10-24T21:00:00+07:00",
        [
            P(
                "Bài nghị luận xã hội chiếm 4 điểm trong đề thi tốt nghiệp THPT môn Ngữ văn theo định dạng "
                "mới. Dưới đây là một số kinh nghiệm giúp các em học sinh lớp 12 ôn tập hiệu quả."
            ),
            P("Nắm vững cấu trúc bài viết", "h"),
            P(
                "Bài viết cần có đủ ba phần: mở bài nêu vấn đề, thân bài giải thích - phân tích - bàn luận "
                "- liên hệ, kết bài khẳng định lại vấn đề và rút ra bài học."
            ),
            P("Rèn luyện cách lập luận", "h"),
            P(QUOTE_H2, "quote"),
            P(
                "Mỗi luận điểm nên có lí lẽ và dẫn chứng cụ thể, ưu tiên dẫn chứng từ đời sống thực tế và "
                "những tấm gương gần gũi với lứa tuổi học sinh."
            ),
            P("Quản lý thời gian", "h"),
            P("Dành khoảng 5 phút lập dàn ý và 35 phút viết bài, 5 phút cuối để đọc lại và sửa lỗi chính tả."),
        ],
        authors=["Đặng Thị Thu Hương"],
        opts={
            "tpl": "B",
            "author_meta": "ThS. Đặng Thị Thu Hương",
            "comments": [
                C("Nguyễn Thị Mai", "1 tháng trước", "Bài viết rất hữu ích cho học sinh lớp 12.", 21),
                C(
                    "Trần Bảo Ngọc",
                    "30/10/2026 22:18",
                    "Câu này cô nói đúng quá, em sẽ ghi nhớ.",
                    13,
                    quote=QUOTE_H2,
                ),
                C(
                    "Lê Văn Tú",
                    "28/10/2026 19:02",
                    "Cô ơi, dẫn chứng có được lấy từ mạng xã hội không ạ?",
                    4,
                    reply="Em có thể dùng nếu thông tin chính xác và có nguồn rõ ràng, nhưng nên chọn lọc.",
                ),
                C("Phạm Nhật Minh", "27/10/2026 06:40", "Mong cô viết thêm phần nghị luận văn học.", 9),
                C("Huỳnh Ngọc Trâm", "26/10/2026 21:55", "Em cảm ơn cô ạ!", 2, sig="Huỳnh Ngọc Trâm - 12A6"),
                C("Võ Hoàng Long", "25/10/2026 13:30", "Đã lưu lại để ôn.", 1),
                C("Đào Thị Yến", "24/10/2026 22:47", "Cô Hương dạy văn hay nhất trường!", 6, sig="Đào Thị Yến"),
            ],
        },
    ),
    Story(
        1190,
        "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        "thong-bao",
        "2026-12-02T07:50:00+07:00",
        [
            P(
                "Căn cứ Kế hoạch giáo dục năm học 2026-2027, nhà trường thông báo lịch kiểm tra cuối học "
                "kỳ I các môn kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "tr"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("21/12/2026 | Chiều | Lịch sử | 45 phút", "tr"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("22/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P(
                "Học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh; không "
                "mang điện thoại và tài liệu vào phòng thi."
            ),
            P("Các môn còn lại kiểm tra tại lớp theo lịch của giáo viên bộ môn từ ngày 14 đến 19/12/2026."),
            right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"tpl": "B", "comments": []},
    ),
    Story(
        1176,
        "thong-bao-cho-hoc-sinh-nghi-hoc-tranh-bao-so-13",
        "Thông báo cho học sinh nghỉ học để phòng, tránh bão số 13",
        "thong-bao",
        "2026-11-05T18:40:00+07:00",
        [
            P(
                "Thực hiện Công điện khẩn của UBND tỉnh Phú Yên và chỉ đạo của Sở GD&ĐT về việc ứng phó "
                "với bão số 13, nhà trường thông báo:"
            ),
            P("Toàn bộ học sinh nghỉ học ngày 06/11/2026 (thứ Sáu) và ngày 07/11/2026 (thứ Bảy).", "li"),
            P("Giáo viên chủ nhiệm thông báo đến cha mẹ học sinh qua nhóm Zalo của lớp.", "li"),
            P("Cán bộ, nhân viên trực theo phân công của Ban chỉ huy phòng chống thiên tai nhà trường.", "li"),
            P("Thời gian đi học trở lại nhà trường sẽ thông báo sau."),
            Raw('<p><em>Nguồn: Sở GD&amp;ĐT Phú Yên</em></p>'),
        ],
        source="Sở GD&ĐT Phú Yên",
        opts={
            "tpl": "A",
            "comments": [
                C(
                    "Phụ huynh Lê Thị Nga",
                    "06/11/2026 06:15",
                    "Xin hỏi học sinh ở nội trú thì sao ạ?",
                    3,
                    reply="Học sinh nội trú được nhà trường bố trí ở lại ký túc xá, có giáo viên trực.",
                ),
                C("Nguyễn Thị Mai", "05/11/2026 21:30", "Cảm ơn nhà trường đã thông báo sớm.", 7),
                C("Trần Văn Bình", "05/11/2026 20:13", "Mong mọi người an toàn.", 5, sig="Trần Văn Bình"),
                C("Hồ Thanh Tâm", "05/11/2026 19:55", "Đã nhận thông tin.", 0),
                C("Lý Thu Hà", "05/11/2026 19:02", "Cảm ơn thầy cô.", 1),
            ],
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}


def path_of(story: Story) -> str:
    return f"/bai-viet/{story.slug}-{story.id}.html"


def cpage_path(story: Story) -> str:
    return path_of(story) + "?cpage=2"


def comment_pages(story: Story) -> int:
    return max(1, -(-len(story.opts["comments"]) // COMMENTS_PER_PAGE))


GOLD = [
    gold_record(
        s,
        path_of(s),
        CATEGORIES[s.cat],
        alt_paths=[cpage_path(s)] if comment_pages(s) > 1 else (),
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/chuyen-muc/tin-tuc?trang=2",
    "/chuyen-muc/hoc-tap",
    "/gioi-thieu",
    "/lien-he",
    "/hoi-dap",
]

# --- printing -------------------------------------------------------------------------------


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at, reverse=True)


def in_cat(key: str) -> list[Story]:
    return newest([s for s in STORIES if s.cat == key])


def date_line(story: Story, sep: str = ", ") -> str:
    day = _dt.datetime.fromisoformat(story.published_at)
    return f"{WEEKDAYS[day.weekday()]}, {day:%d/%m/%Y}{sep}{day:%H:%M}"


def short_date(story: Story) -> str:
    return f"{_dt.datetime.fromisoformat(story.published_at):%d/%m/%Y}"


def views(story: Story) -> int:
    return story.views()


def render_blocks(story: Story) -> str:
    out: list[str] = []
    in_list = False
    in_table = False
    first_row = True
    for block in story.blocks:
        style = block.style if isinstance(block, (P, Img)) else ""
        if in_list and style != "li":
            out.append("</ul>")
            in_list = False
        if in_table and style != "tr":
            out.append("</tbody></table>")
            in_table = False
        if isinstance(block, Raw):
            out.append(block.html)
        elif isinstance(block, Img):
            out.append(render_img(block))
        elif style == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{esc(block.text)}</li>")
        elif style == "tr":
            if not in_table:
                out.append('<table class="table table-bordered" border="1" cellpadding="4"><tbody>')
                in_table = True
                first_row = True
            tag = "th" if first_row else "td"
            cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in block.text.split(" | "))
            out.append(f"<tr>{cells}</tr>")
            first_row = False
        elif style == "h":
            out.append(f"<h3><strong>{esc(block.text)}</strong></h3>")
        elif style == "quote":
            out.append(f"<blockquote><p>{esc(block.text)}</p></blockquote>")
        elif style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{esc(block.text)}</strong></p>')
        elif style == "br1":
            out.append(f'<p style="text-align: justify;">{esc(block.text)}<br>')
        elif style == "br2":
            out.append(f"{esc(block.text)}</p>")
        else:
            out.append(f'<p style="text-align: justify;">{esc(block.text)}</p>')
    if in_list:
        out.append("</ul>")
    if in_table:
        out.append("</tbody></table>")
    return "\n".join(out)


def render_img(img: Img) -> str:
    alt = esc(img.caption or "")
    tag = f'<img alt="{alt}" src="{img.src}" style="width: 100%; max-width: 800px;">'
    if img.style == "fig":
        return f'<figure class="image">{tag}<figcaption>{esc(img.printed)}</figcaption></figure>'
    if img.style == "center":
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
        )
    if img.style == "plain" and img.printed:
        return f'<p style="text-align: center;">{tag}</p>\n<p>{esc(img.printed)}</p>'
    return f'<p style="text-align: center;">{tag}</p>'


def comment_text(c: C) -> str:
    quote = f"<blockquote>{esc(c.quote)}</blockquote>" if c.quote else ""
    sig = f'<p style="text-align: right;"><strong>{esc(c.sig)}</strong></p>' if c.sig else ""
    return f"{quote}<p>{esc(c.text)}</p>{sig}"


def comment_a(c: C, n: int) -> str:
    reply = ""
    if c.reply:
        reply = (
            '<ul class="traloi-binhluan" style="margin-left: 50px;"><li class="comment-item reply">'
            '<img class="avatar" src="/Content/images/logo-mini.png" alt="">'
            '<b class="ten-bandoc">Ban biên tập</b> <span class="thoigian">trả lời</span>'
            f'<div class="noidung-bl"><p>Ban biên tập trả lời: {esc(c.reply)}</p></div></li></ul>'
        )
    return f"""<li class="comment-item" id="bl-{n}">
<img class="avatar" src="/Content/images/avatar-default.png" alt="">
<div class="bl-body"><b class="ten-bandoc">{esc(c.name)}</b> <span class="thoigian">{esc(c.when)}</span>
<div class="noidung-bl">{comment_text(c)}</div>
<div class="tuongtac"><a href="javascript:void(0)" onclick="thich({n})">Thích ({c.likes})</a> · <a href="#gui-binhluan" class="tra-loi" data-id="{n}">Trả lời</a></div>
{reply}</div></li>"""


def comment_b(c: C, n: int) -> str:
    reply = ""
    if c.reply:
        reply = (
            '<div class="cmt-box cmt-reply" style="margin-left: 40px;"><div class="cmt-head">'
            '<strong>Ban biên tập</strong></div><div class="cmt-text">'
            f"<p>Ban biên tập trả lời: {esc(c.reply)}</p></div></div>"
        )
    return f"""<div class="cmt-box" id="cmt{n}">
<div class="cmt-head"><img class="cmt-avatar" src="/Content/old/img/no-avatar.gif" alt=""> <strong>{esc(c.name)}</strong> <span class="cmt-date">{esc(c.when)}</span></div>
<div class="cmt-text">{comment_text(c)}</div>
<div class="cmt-act"><span>Thích ({c.likes})</span> · <a href="#frm-ykien" onclick="replyTo({n})">Trả lời</a></div>
{reply}</div>"""


def comment_form(story: Story, cls: str) -> str:
    return f"""<div class="{cls}" id="gui-binhluan">
<h4>Gửi ý kiến</h4>
<p class="ghichu"><em>Các ý kiến được biên tập trước khi đăng</em></p>
<form id="frm-ykien" method="post" action="/BinhLuan/Gui">
<input type="hidden" name="__RequestVerificationToken" value="CfDJ8{story.id}x9QmZk">
<input type="hidden" name="BaiVietId" value="{story.id}">
<label>Họ tên <input type="text" name="HoTen" required></label>
<label>Email <input type="email" name="Email"></label>
<label>Nội dung <textarea name="NoiDung" rows="4"></textarea></label>
<label>Mã xác nhận <input type="text" name="MaXacNhan"></label> <img src="/Captcha/Image?w=120&amp;h=36" alt="captcha">
<button type="submit">Gửi ý kiến</button>
</form></div>"""


def thread(story: Story, cpage: int) -> str:
    comments = story.opts["comments"]
    tpl = story.opts["tpl"]
    start = (cpage - 1) * COMMENTS_PER_PAGE
    chunk = comments[start : start + COMMENTS_PER_PAGE]
    if tpl == "A":
        title = f'<h3 class="binhluan-tieude">Ý kiến bạn đọc ({len(comments)})</h3>'
        if chunk:
            items = "\n".join(comment_a(c, story.id * 100 + start + i) for i, c in enumerate(chunk))
            items = f'<ul class="ds-binhluan">\n{items}\n</ul>'
        else:
            items = '<p class="chua-co">Chưa có ý kiến nào. Hãy là người đầu tiên gửi ý kiến!</p>'
        pager = ""
        if comment_pages(story) > 1:
            links = " ".join(
                f'<span class="active">{n}</span>'
                if n == cpage
                else f'<a href="{path_of(story)}{"?cpage=" + str(n) if n > 1 else ""}#binhluan">{n}</a>'
                for n in range(1, comment_pages(story) + 1)
            )
            pager = f'<div class="phantrang-bl">Trang ý kiến: {links}</div>'
        return (
            f'<div class="binhluan" id="binhluan">\n{title}\n{items}\n{pager}\n'
            f'{comment_form(story, "form-binhluan")}\n</div>'
        )
    title = f'<div class="y-kien-title">Ý kiến bạn đọc ({len(comments)})</div>'
    if chunk:
        items = "\n".join(comment_b(c, story.id * 100 + i) for i, c in enumerate(chunk))
    else:
        items = '<div class="cmt-empty">Chưa có ý kiến nào. Hãy là người đầu tiên gửi ý kiến!</div>'
    return f'<div class="y-kien" id="y-kien">\n{title}\n{items}\n{comment_form(story, "y-kien-form")}\n</div>'


def menu() -> str:
    cats = "".join(f'<li><a href="/chuyen-muc/{k}">{esc(v)}</a></li>' for k, v in CATEGORIES.items())
    return (
        '<nav class="menu-chinh"><ul><li><a href="/">Trang chủ</a></li>'
        '<li><a href="/gioi-thieu">Giới thiệu</a></li>'
        f"{cats}"
        '<li><a href="/hoi-dap">Hỏi đáp</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>'
    )


MOST_READ = [1187, 1183, 1170, 1176, 1168]


def sidebar() -> str:
    most = "".join(
        f'<li><a href="{path_of(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return f"""<aside class="cot-phai">
<div class="widget"><div class="widget-title">Tin đọc nhiều</div><ul class="tin-docnhieu">{most}</ul></div>
<div class="widget"><div class="widget-title">Liên kết website</div>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://phuyen.edu.vn">Sở GD&amp;ĐT Phú Yên</option></select>
<ul class="lienket"><li><a href="https://vnedu.vn" target="_blank"><img src="/Content/images/banner-vnedu.png" alt="vnEdu"></a></li>
<li><a href="https://smas.edu.vn" target="_blank"><img src="/Content/images/banner-smas.png" alt="SMAS"></a></li></ul></div>
<div class="widget"><div class="widget-title">Thăm dò ý kiến</div>
<form class="binhchon" method="post" action="/BinhChon/Gui"><p>Bạn quan tâm nhất nội dung nào trên website?</p>
<label><input type="radio" name="pa" value="1"> Tin tức - sự kiện</label><br>
<label><input type="radio" name="pa" value="2"> Tài liệu học tập</label><br>
<label><input type="radio" name="pa" value="3"> Thông báo của nhà trường</label><br>
<button type="submit">Bình chọn</button> <a href="javascript:void(0)" onclick="xemKetQua()">Xem kết quả</a></form></div>
<div class="widget"><div class="widget-title">Thống kê truy cập</div>
<ul class="thongke"><li>Đang online: 27</li><li>Hôm nay: 1.204</li><li>Tháng này: 9.873</li><li>Tổng truy cập: 1.482.396</li></ul></div>
</aside>"""


def layout(title: str, main: str, head: str = "", crumbs: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}
<link rel="stylesheet" href="/Content/bootstrap.min.css"><link rel="stylesheet" href="/Content/site.css?v=2024.3">
<link rel="icon" href="/favicon.ico">
</head><body>
<div class="top-bar"><div class="container"><span class="ngay-hien-tai">{TODAY}</span>
<span class="hotline">Hotline: 0257 3530 123</span> <a href="/Account/Login">Đăng nhập</a></div></div>
<header class="header"><div class="container"><a href="/"><img class="logo" src="/Content/images/logo-nguyenhue.png" alt="Logo"></a>
<div class="ten-truong"><span>SỞ GIÁO DỤC VÀ ĐÀO TẠO PHÚ YÊN</span><strong>TRƯỜNG THPT NGUYỄN HUỆ</strong></div>
<img class="banner" src="/Content/images/banner-top.jpg" alt=""></div></header>
{menu()}
<div class="container">{crumbs}
<div class="row"><div class="col-md-8 cot-trai">
{main}
</div><div class="col-md-4">{sidebar()}</div></div></div>
<footer class="footer"><div class="container">
<p><strong>TRƯỜNG THPT NGUYỄN HUỆ - PHÚ YÊN</strong></p>
<p>Địa chỉ: Khu phố Phú Hiệp 2, phường Hòa Hiệp Trung, thị xã Đông Hòa, tỉnh Phú Yên</p>
<p>Điện thoại: 0257 3530 123 - Email: thptnguyenhue@phuyen.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Trần Quốc Hưng</p>
<p class="copyright">© 2026 Bản quyền thuộc Trường THPT Nguyễn Huệ. Thiết kế bởi EduPortal.</p>
</div></footer>
<script src="/Scripts/jquery-3.6.0.min.js"></script><script src="/Scripts/site.js"></script>
</body></html>"""


def breadcrumb(key: str | None, label: str | None = None) -> str:
    parts = ['<li><a href="/">Trang chủ</a></li>']
    if key:
        parts.append(f'<li><a href="/chuyen-muc/{key}">{esc(CATEGORIES[key])}</a></li>')
    if label:
        parts.append(f'<li class="active">{esc(label)}</li>')
    return f'<ol class="breadcrumb">{"".join(parts)}</ol>'


def related(story: Story) -> str:
    others = [s for s in in_cat(story.cat) if s is not story][:4]
    if not others:
        return ""
    items = "".join(
        f'<li><a href="{path_of(s)}">{esc(s.title)}</a> <span class="ngay">({short_date(s)})</span></li>'
        for s in others
    )
    return f'<div class="tin-khac"><h4>Các tin khác</h4><ul>{items}</ul></div>'


def tools(story: Story, request: Request) -> str:
    url = base_url(request) + path_of(story)
    return (
        '<span class="congcu"><a href="javascript:window.print()" title="In bài viết">In bài</a> | '
        f'<a href="mailto:?subject={esc(story.slug)}&amp;body={url}">Gửi email</a> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Chia sẻ</a></span>'
    )


def article_page(request: Request, story: Story, cpage: int) -> Response:
    body = render_blocks(story)
    if story.opts["tpl"] == "A":
        sapo = (
            f'<div class="sapo"><strong>{esc(story.summary)}</strong></div>'
            if story.summary and story.sapo_outside
            else ""
        )
        box = f"""<div class="chitiet-baiviet">
<h1 class="tieude-baiviet">{esc(story.title)}</h1>
<div class="thongtin-baiviet"><span class="ngaydang"><i class="fa fa-calendar"></i> {date_line(story)}</span>
<span class="luotxem"><i class="fa fa-eye"></i> Lượt xem: {views(story)}</span> {tools(story, request)}</div>
{sapo}
<div class="noidung-baiviet">
{body}
</div>
{thread(story, cpage)}
</div>"""
        head = f'<link rel="canonical" href="{base_url(request)}{path_of(story)}">'
    else:
        author = (
            f' | <span class="author">Tác giả: {esc(story.opts["author_meta"])}</span>'
            if story.opts.get("author_meta")
            else ""
        )
        box = f"""<div class="chitiet-baiviet news-detail">
<h1 class="title-detail">{esc(story.title)}</h1>
<div class="meta-detail"><span class="date">{date_line(story, " - ")}</span>{author} | <span class="view">{views(story)} lượt xem</span></div>
<div class="content-detail">
{body}
</div>
<div class="tools">{tools(story, request)} | <a href="https://zalo.me/share?u={esc(path_of(story))}" target="_blank">Zalo</a></div>
{thread(story, cpage)}
</div>"""
        head = ""
    main = box + "\n" + related(story)
    crumbs = breadcrumb(story.cat)
    return html(layout(f"{story.title} - {SITE_TITLE}", main, head, crumbs))


def item(story: Story, lead: bool = False) -> str:
    thumb = next((b.src for b in story.blocks if isinstance(b, Img)), "/Content/images/no-image.jpg")
    text = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return (
        f'<div class="tin-item{" tin-noibat" if lead else ""}"><a href="{path_of(story)}">'
        f'<img src="{thumb}" alt="" class="thumb"></a><h3><a href="{path_of(story)}">{esc(story.title)}'
        f'</a></h3><span class="ngay">{short_date(story)}</span><p>{esc(text[:160])}…</p></div>'
    )


def home(request: Request) -> Response:
    latest = newest(STORIES)[:PER_PAGE]
    boxes = "".join(
        f'<div class="khoi-chuyenmuc"><h2><a href="/chuyen-muc/{k}">{esc(v)}</a></h2><ul>'
        + "".join(f'<li><a href="{path_of(s)}">{esc(s.title)}</a></li>' for s in in_cat(k)[:3])
        + "</ul></div>"
        for k, v in CATEGORIES.items()
    )
    main = (
        '<div class="tin-moi"><h2>Tin mới</h2>'
        + "".join(item(s, i == 0) for i, s in enumerate(latest))
        + "</div>"
        + boxes
    )
    return html(layout(SITE_TITLE, main))


def category(request: Request, key: str) -> Response | None:
    raw = request.params.get("trang", "1")
    if not raw.isdigit() or int(raw) < 1:
        return None
    page = int(raw)
    posts = in_cat(key)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    pager = ""
    if pages > 1:
        links = []
        if page > 1:
            links.append(f'<a href="/chuyen-muc/{key}?trang={page - 1}">« Trước</a>')
        for n in range(1, pages + 1):
            links.append(
                f'<span class="current">{n}</span>' if n == page else f'<a href="/chuyen-muc/{key}?trang={n}">{n}</a>'
            )
        if page < pages:
            links.append(f'<a href="/chuyen-muc/{key}?trang={page + 1}">Sau »</a>')
        pager = f'<div class="phantrang">Trang: {" ".join(links)}</div>'
    main = (
        f'<div class="ds-tin"><h1 class="tieude-chuyenmuc">{esc(CATEGORIES[key])}</h1>'
        + "".join(item(s) for s in chunk)
        + f"</div>{pager}"
    )
    return html(layout(f"{CATEGORIES[key]} - {SITE_TITLE}", main, "", breadcrumb(key)))


GIOI_THIEU = """<div class="trang-tinh"><h1 class="tieude-baiviet">Giới thiệu</h1>
<p>Trường THPT Nguyễn Huệ được thành lập năm 1991 trên cơ sở tách ra từ Trường THPT Lê Trung Kiên, đóng
tại phường Hòa Hiệp Trung, thị xã Đông Hòa, tỉnh Phú Yên.</p>
<p>Năm học 2026-2027, trường có 34 lớp với 1.342 học sinh; 86 cán bộ, giáo viên, nhân viên, trong đó
24 thạc sĩ. Trường đạt chuẩn quốc gia mức độ 1 từ năm 2019.</p>
<h3>Ban giám hiệu</h3>
<ul><li>Hiệu trưởng: Thầy Trần Quốc Hưng</li><li>Phó Hiệu trưởng: Cô Nguyễn Thị Minh Châu</li>
<li>Phó Hiệu trưởng: Thầy Lê Văn Quý</li></ul></div>"""

LIEN_HE = """<div class="trang-tinh"><h1 class="tieude-baiviet">Liên hệ</h1>
<p>TRƯỜNG THPT NGUYỄN HUỆ - PHÚ YÊN</p>
<p>Địa chỉ: Khu phố Phú Hiệp 2, phường Hòa Hiệp Trung, thị xã Đông Hòa, tỉnh Phú Yên</p>
<p>Điện thoại: 0257 3530 123 - Email: thptnguyenhue@phuyen.edu.vn</p>
<form method="post" action="/LienHe/Gui"><label>Họ tên <input name="HoTen"></label>
<label>Email <input name="Email"></label><label>Tiêu đề <input name="TieuDe"></label>
<label>Nội dung <textarea name="NoiDung"></textarea></label><button type="submit">Gửi liên hệ</button></form></div>"""

QA = [
    (
        "Nguyễn Thị Mai",
        "28/11/2026 20:13",
        "Con tôi học lớp 11, muốn chuyển từ tổ hợp Khoa học xã hội sang Khoa học tự nhiên có được không?",
        "Chào chị, việc chuyển tổ hợp môn học được xem xét vào cuối học kỳ I nếu lớp còn chỉ tiêu; "
        "chị vui lòng liên hệ giáo viên chủ nhiệm để làm đơn.",
    ),
    (
        "Lê Văn Hùng",
        "20/11/2026 07:40",
        "Nhà trường có tổ chức dạy thêm buổi chiều cho học sinh lớp 12 không ạ?",
        "Nhà trường tổ chức ôn tập buổi chiều cho học sinh lớp 12 theo nguyện vọng, miễn phí, từ tháng 01/2027.",
    ),
    (
        "Phạm Thị Thu",
        "12/11/2026 15:22",
        "Học sinh bị mất thẻ học sinh thì làm lại ở đâu?",
        "Em liên hệ Tổ Văn phòng (phòng số 3, dãy nhà A) trong giờ hành chính để được cấp lại thẻ.",
    ),
]


def hoi_dap_page() -> str:
    items = "".join(
        f"""<div class="cauhoi-item"><div class="cauhoi"><b>{esc(n)}</b> <span class="thoigian">{esc(d)}</span>
<p>{esc(q)}</p></div><div class="traloi" style="margin-left: 30px;"><strong>Nhà trường trả lời:</strong>
<p>{esc(a)}</p></div></div>"""
        for n, d, q, a in QA
    )
    return (
        '<div class="hoi-dap"><h1 class="tieude-baiviet">Hỏi đáp</h1>'
        '<p><a href="#dat-cauhoi">Đặt câu hỏi</a></p>'
        + items
        + '<form id="dat-cauhoi" method="post" action="/HoiDap/Gui"><label>Họ tên <input name="HoTen"></label>'
        '<label>Câu hỏi <textarea name="CauHoi"></textarea></label><button type="submit">Gửi câu hỏi</button></form></div>'
    )


STATIC = {
    "/gioi-thieu": ("Giới thiệu", GIOI_THIEU),
    "/lien-he": ("Liên hệ", LIEN_HE),
    "/hoi-dap": ("Hỏi đáp", None),
}

_ARTICLE = re.compile(r"/bai-viet/([a-z0-9-]+)-(\d+)\.html")


class EduPortalSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/Content/", "/Uploads/", "/Scripts/", "/Captcha/")) or path == "/favicon.ico":
            if path.startswith("/Captcha/"):
                return static_file("captcha.png")
            return static_file(path)
        if path == "/" and not request.query:
            return home(request)
        if m := _ARTICLE.fullmatch(path):
            story = BY_ID.get(int(m.group(2)))
            if story is None or story.slug != m.group(1):
                return None
            params = request.params
            if set(params) - {"cpage"}:
                return None
            raw = params.get("cpage", "1")
            if not raw.isdigit() or not 1 <= int(raw) <= comment_pages(story):
                return None
            if "cpage" in params and int(raw) == 1:
                return None
            return article_page(request, story, int(raw))
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)", path):
            if m.group(1) in CATEGORIES:
                return category(request, m.group(1))
            return None
        if path in STATIC and not request.query:
            title, content = STATIC[path]
            content = content or hoi_dap_page()
            return html(layout(f"{title} - {SITE_TITLE}", content, "", breadcrumb(None, title)))
        if path in ("/BinhLuan/Gui", "/LienHe/Gui", "/HoiDap/Gui", "/BinhChon/Gui") and request.method == "POST":
            return html(layout(SITE_TITLE, "<p>Cảm ơn bạn! Nội dung sẽ được kiểm duyệt trước khi đăng.</p>"))
        return None


def build_site() -> EduPortalSite:
    return EduPortalSite()
