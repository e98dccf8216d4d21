"""Z-BlogPHP 1.7 blog of Trường THCS Lê Quý Đôn (thành phố Lào Cai), blind fixture portal.

Platform: Z-BlogPHP 1.7.3 (a Chinese PHP blog engine) installed from a Vietnamese-translated
package by a teacher, with a Chinese magazine theme ("xuanmag") whose hard-coded strings and class
names were left as its author wrote them (pinyin class names: ``wenzhang`` article, ``biaoti``
title, ``xinxi`` info line, ``shijian`` time, ``neirong`` content, ``zhaiyao`` abstract,
``banquan`` copyright, ``biaoqian`` tags, ``shangxia`` prev/next, ``xiangguan`` related,
``cebian`` sidebar). Sidebar modules are Z-Blog's own ``<dl class="function" id="divCalendar">``.

URL scheme (dynamic URLs; the web server also has the rewrite rule of the theme's demo):
- ``/``, ``/?page=N``                     home list (5 a page, the pinned post on top of page 1)
- ``/?id=N``                              an article, or a static page (same id space)
- ``/post/N.html``                        the same article: the "Xem nhiều" plugin and a teacher's
                                          in-text link print the rewritten form
- ``/?cate=C``, ``/?cate=C&page=N``       category lists
- ``/?tags=T``                            tag lists
- ``/?date=yyyy-m``, ``/?date=yyyy-m-d``  archives (sidebar) and calendar days
- ``/?auth=A``                            the posts of one account
- ``/feed.php``                           RSS; ``/search.php?q=`` search (form posts to
                                          ``/zb_system/cmd.php?act=search``, which redirects)
- ``/zb_system/cmd.php?act=getcmt&postid=N&page=P``  a page of comments (an HTML fragment)

Page templates: header (today "Thứ Bảy, 05/12/2026"), a menu with drop-downs, a scrolling notice
bar, then the sidebar (FIRST in source order, floated right by CSS), then the main column:
breadcrumb "Vị trí hiện tại: Trang chủ > … > Bài viết", the article (``div.wenzhang``), the
copyright box, tags, share tools, prev/next, related posts, comments and the comment form
(untranslated "发表评论:"). Lists print each post in the same ``div.wenzhang`` markup with
its intro. Footer with address, phone, email, copyright and "Powered by Z-BlogPHP".

How the gold articles are reached: the home list pages 1–3 (``/?page=2``, ``/?page=3``), the
category lists (Hoạt động chuyên môn has a page 2), archives, calendar days, tags, the sidebar;
ids 4 and 6 only from page 2+ of a list or from archives/tags.

Traps (each with the gold it implies):
1. Chinese date format left in the theme: the article prints "2026年12月03日 07:30" in
   ``span.shijian``; lists print "12月03日" without a year. Gold: "2026-12-03T07:30:00+07:00".
   A post saved at "00:00" (id 18) is a day: "2026-12-01".
2. Update date next to it: ``div.gengxin`` "Sửa lần cuối: 2026年11月25日 08:12" (ids 16, 14).
   Gold: the publication time, never the edit time.
3. Static pages (Giới thiệu, Liên hệ, Cơ cấu tổ chức, Đội ngũ giáo viên, Thời khóa biểu, Lưu bút)
   live in the same ``/?id=N`` space and template as articles (h1, ``div.neirong``, even a
   comment box on the guestbook): not articles (no date, no category).
4. The same article at two addresses: ``/?id=N`` (everywhere) and ``/post/N.html`` (the "Xem
   nhiều" plugin module and one in-text "Xem thêm" link). Gold path ``/?id=N``, the rewritten one
   in alt_paths (all 13 answer at both).
5. The pinned post (id 5, "Ghim") is printed on top of page 1 of the home list with a
   "[Ghim]" badge inside its ``h2`` AND at its own place on page 3. Title without the badge.
6. Lists print posts in the article's own markup (``div.wenzhang multi`` with h2.biaoti,
   ``div.xinxi``, ``div.neirong`` paragraphs); a short post's automatic intro is its whole text
   (id 4 on home page 3 / category page 2). Lists are not articles.
7. The sidebar comes before the main column in the source and its "Bài nổi bật" module prints
   other posts' lead paragraphs as ``<p>``: not the text of the page's article.
8. Lazy-loaded images: the theme rewrites every content ``<img>`` to
   ``src=".../loading.gif" data-original="/zb_users/upload/…"``. Gold image paths are the
   ``data-original`` files; the spinner is no photo.
9. UEditor sets ``alt``/``title`` to the uploaded file's name ("IMG_2041.JPG",
   "微信图片_20261030112233.jpg"): never a caption. The caption is the centred grey
   ``<em>`` paragraph under the photo; a line "Ảnh: X" under a photo is a credit (caption None,
   X a photographer).
10. Z-Blog's intro (摘要): a hand-written intro is printed on the article in ``div.zhaiyao``
    "Tóm tắt: …" (sapo, the body's first paragraph); an automatic one (the text cut at ~200
    characters with "...") only feeds lists and the meta description: summary null then.
11. The account that posted ("Đăng bởi: gvthuha" / "quantri", linked to ``/?auth=``) is no
    author; authors are the signed closing lines of the text ("ThS. Nguyễn Thị Thu Hà" with her
    group in brackets on the next line -> "Nguyễn Thị Thu Hà"; "Tổ Toán - Tin" alone).
12. The theme's copyright box after the text ("Bản quyền: … ghi rõ nguồn …  Địa chỉ bài viết:
    http://…/?id=N", the Chinese themes' 转载请注明) is no text, and no source.
13. Comments under the article (commenters' names, "发布于 2026-12-03 20:11:02", their words in
    ``li.msgarticle``) and a comment pager linking a ``cmd.php?act=getcmt`` fragment: no body,
    author or date of the article.
14. Prev/next "« Bài trước: <title>" / "Bài sau: <title> »" inside ``div.wenzhang`` right after
    the tags: no text.
15. The calendar module always shows the current month (cached module): its day links
    (``?date=2026-12-1``) and "»" to ``?date=2027-1`` (an empty list) are bounded.
16. UEditor's first-line indent (``text-indent:2em``), empty ``<p><br/></p>`` spacers, a poem
    typed with ``<br/>`` (each line a paragraph), a table of results (cells joined " | "), an
    ordered list, a 135editor-style nest of ``<section>`` around the text (id 6).
17. An official notice (id 5) typed as a document: letterhead table, "Số: …", "Lào Cai, ngày 10
    tháng 10 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận", "HIỆU TRƯỞNG" and the signer:
    date 2026-10-10 (the letterhead's day, not the post time 2026-10-12 09:30), author the signer.

Gold decisions on ambiguous points:
- ``category`` is the deepest section in the breadcrumb: posts of the sub-category "Hoạt động
  Đội" (under "Tin tức - Sự kiện") are "Hoạt động Đội".
- "Tin, ảnh: X" -> X author and photographer; "Bài: X – Ảnh: Y" -> [X], [Y]; "Tin: X - Ảnh: Y"
  likewise.
- A right-aligned unit signing alone ("Ban Giám hiệu", "Tổ Toán - Tin") is the author as printed.
- "Theo Báo Lào Cai" as the closing line -> source "Báo Lào Cai"; "Nguồn: Phòng GD&ĐT thành phố
  Lào Cai" -> that unit.
- The "Tóm tắt:" label is not part of the sapo.
- "Xem thêm: <link>" lines are not text.
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "zblog_thcs"
PLATFORM = "Z-BlogPHP 1.7 (Vietnamese-translated package, Chinese magazine theme)"
START_PATH = "/"

SITE_NAME = "Trường THCS Lê Quý Đôn"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
THEME = "/zb_users/theme/xuanmag"
LOADING = f"{THEME}/style/images/loading.gif"
PER_PAGE = 5
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Cate:
    id: int
    name: str
    parent: int | None = None


CATES = {
    1: Cate(1, "Tin tức - Sự kiện"),
    2: Cate(2, "Hoạt động Đội", parent=1),
    3: Cate(3, "Hoạt động chuyên môn"),
    4: Cate(4, "Thông báo"),
}
TAGS = {1: "học sinh giỏi", 2: "chuyển đổi số", 3: "20-11"}
ACCOUNTS = {1: "quantri", 2: "gvthuha"}

# the file names UEditor kept as alt/title of the uploads
ALT = {
    "/zb_users/upload/2026/12/202612041645231187.jpg": "IMG_2041.JPG",
    "/zb_users/upload/2026/12/202612041646057712.jpg": "IMG_2057.JPG",
    "/zb_users/upload/2026/12/202612030731449025.png": "image.png",
    "/zb_users/upload/2026/11/202611281522108841.jpg": "ke-hoach-nho-1.jpg",
    "/zb_users/upload/2026/11/202611281523399017.jpg": "ke-hoach-nho-2.jpg",
    "/zb_users/upload/2026/11/202611200905112233.jpg": "DSC_0112.JPG",
    "/zb_users/upload/2026/11/202611200907456611.jpg": "DSC_0135.JPG",
    "/zb_users/upload/2026/11/202611100842337765.jpg": "atgt.jpg",
    "/zb_users/upload/2026/10/202610301127034471.jpg": "微信图片_20261030112233.jpg",
    "/zb_users/upload/2026/10/202610201502219930.jpg": "trai-nghiem-7a3.jpg",
}

GRAY = "gray"
CREDIT = "credit"


def _sig(*lines: str) -> Raw:
    """A right-aligned signature as UEditor writes it."""
    inner = "<br/>".join(lines)
    return Raw(f'<p style="text-align: right;"><strong>{inner}</strong></p>')


def _italic_right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><em>{esc(line)}</em></p>')


SPACER = Raw("<p><br/></p>")

ARTICLES: list[Story] = [
    Story(
        id=21,
        slug="hoi-khoe-phu-dong",
        title="Trường THCS Lê Quý Đôn tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat="Tin tức - Sự kiện",
        published_at="2026-12-04T16:45:00+07:00",
        blocks=[
            P("Trong hai ngày 03 và 04/12/2026, Trường THCS Lê Quý Đôn tổ chức Hội khỏe Phù Đổng cấp "
              "trường với sự tham gia của hơn 600 vận động viên đến từ 24 lớp."),
            P("Hội khỏe gồm các môn điền kinh, bóng đá nam, cầu lông, đá cầu, kéo co và nhảy bao bố. "
              "Các trận đấu diễn ra sôi nổi, thể hiện tinh thần thượng võ và đoàn kết của học sinh."),
            Img("/zb_users/upload/2026/12/202612041645231187.jpg",
                "Thầy Trần Quang Huy, Hiệu trưởng nhà trường phát biểu khai mạc Hội khỏe",
                "Thầy Trần Quang Huy, Hiệu trưởng nhà trường phát biểu khai mạc Hội khỏe", GRAY),
            P("Phát biểu khai mạc, thầy Hiệu trưởng nhấn mạnh Hội khỏe là dịp để phát hiện, bồi dưỡng "
              "năng khiếu thể thao, chuẩn bị lực lượng cho Hội khỏe Phù Đổng thành phố Lào Cai."),
            SPACER,
            Img("/zb_users/upload/2026/12/202612041646057712.jpg",
                "Phần thi kéo co của khối 8 thu hút đông đảo cổ động viên",
                "Phần thi kéo co của khối 8 thu hút đông đảo cổ động viên", GRAY),
            P("Kết thúc Hội khỏe, Ban tổ chức đã trao 48 huy chương vàng, 52 huy chương bạc và 60 huy "
              "chương đồng cho các vận động viên; lớp 9A1 giành giải Nhất toàn đoàn."),
            _italic_right("Tin, ảnh: Hoàng Văn Dũng"),
        ],
        authors=["Hoàng Văn Dũng"],
        photographers=["Hoàng Văn Dũng"],
        opts={"account": 2, "tags": [], "comments": [
            ("Phụ huynh lớp 6A2", "2026-12-04 20:11:02", "Các con thi đấu rất hăng say, cảm ơn nhà trường!"),
        ]},
    ),
    Story(
        id=19,
        slug="chuyen-de-ai-ngu-van-8",
        title="Chuyên đề “Ứng dụng trí tuệ nhân tạo trong dạy học môn Ngữ văn 8”",
        cat="Hoạt động chuyên môn",
        published_at="2026-12-03T07:30:00+07:00",
        summary="Tổ Ngữ văn - GDCD tổ chức chuyên đề cấp trường giúp giáo viên khai thác công cụ trí "
                "tuệ nhân tạo một cách an toàn, hiệu quả trong thiết kế bài dạy.",
        sapo_outside=True,
        blocks=[
            P("Chuyên đề được thực hiện qua tiết dạy bài “Truyện lịch sử” tại lớp 8A2 do cô Nguyễn Thị "
              "Thu Hà đảm nhận, với sự tham dự của Ban Giám hiệu và toàn thể giáo viên tổ."),
            Img("/zb_users/upload/2026/12/202612030731449025.png", None, None, "none"),
            P("Trong tiết học, học sinh dùng trợ lý ảo để gợi ý câu hỏi, sau đó tự kiểm chứng thông tin "
              "bằng sách giáo khoa và tư liệu lịch sử địa phương."),
            P("Tiết dạy cho thấy công nghệ chỉ là công cụ; người thầy vẫn giữ vai trò dẫn dắt, giúp "
              "học sinh hình thành năng lực tự học.", "q"),
            P("Các ý kiến thảo luận thống nhất cần xây dựng bộ quy tắc sử dụng công cụ trí tuệ nhân "
              "tạo trong học tập và đưa vào sinh hoạt chuyên môn định kỳ."),
            _sig("ThS. Nguyễn Thị Thu Hà", "(Tổ Ngữ văn - GDCD)"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"account": 2, "tags": [2], "comments": []},
    ),
    Story(
        id=18,
        slug="lich-kiem-tra-cuoi-hk1",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-12-01",
        blocks=[
            P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I các môn học như sau:"),
            P("Ngày | Buổi | Môn kiểm tra | Khối", "tr"),
            P("21/12/2026 | Sáng | Ngữ văn | 6, 7, 8, 9", "tr"),
            P("22/12/2026 | Sáng | Toán | 6, 7, 8, 9", "tr"),
            P("23/12/2026 | Sáng | Tiếng Anh | 6, 7, 8, 9", "tr"),
            P("24/12/2026 | Chiều | Khoa học tự nhiên | 6, 7, 8, 9", "tr"),
            P("Giáo viên chủ nhiệm thông báo tới học sinh và phụ huynh; học sinh có mặt tại phòng "
              "kiểm tra trước giờ làm bài 15 phút."),
            _sig("Ban Giám hiệu"),
        ],
        authors=["Ban Giám hiệu"],
        opts={"account": 1, "tags": [], "time": "00:00", "comments": []},
    ),
    Story(
        id=17,
        slug="ke-hoach-nho",
        title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn",
        cat="Hoạt động Đội",
        published_at="2026-11-28T15:20:00+07:00",
        blocks=[
            P("Sáng thứ Hai 23/11/2026, Liên đội Trường THCS Lê Quý Đôn phát động phong trào “Kế hoạch "
              "nhỏ” thu gom giấy vụn, vỏ chai nhựa gây quỹ “Áo ấm cho bạn vùng cao”."),
            Img("/zb_users/upload/2026/11/202611281522108841.jpg",
                "Các chi đội mang giấy vụn đến điểm thu gom",
                "Các chi đội mang giấy vụn đến điểm thu gom", GRAY),
            P("Sau một tuần, các chi đội đã thu được hơn 2,3 tấn giấy vụn và 400 kg vỏ chai nhựa."),
            Img("/zb_users/upload/2026/11/202611281523399017.jpg",
                "Chi đội 9A3 dẫn đầu phong trào",
                "Chi đội 9A3 dẫn đầu phong trào", GRAY),
            P("Toàn bộ số tiền gây quỹ sẽ được dùng mua áo ấm tặng học sinh Trường PTDTBT THCS Bản "
              "Xèo, huyện Bát Xát."),
            _italic_right("Bài: Lò Thị Mai – Ảnh: Vàng A Sử"),
        ],
        authors=["Lò Thị Mai"],
        photographers=["Vàng A Sử"],
        opts={"account": 2, "tags": [], "comments": []},
    ),
    Story(
        id=16,
        slug="ket-qua-hsg-lop-9",
        title="Kết quả kỳ thi chọn học sinh giỏi cấp thành phố lớp 9",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-24T10:05:00+07:00",
        blocks=[
            P("Kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026 - 2027 đã kết thúc, đội tuyển "
              "của nhà trường đạt 27 giải, xếp thứ Nhất toàn thành phố."),
            P("Môn | Nhất | Nhì | Ba | Khuyến khích", "tr"),
            P("Toán | 2 | 3 | 1 | 0", "tr"),
            P("Ngữ văn | 1 | 2 | 3 | 1", "tr"),
            P("Tiếng Anh | 3 | 1 | 2 | 2", "tr"),
            P("Tin học | 1 | 2 | 1 | 2", "tr"),
            P("Nhà trường chúc mừng các em học sinh và các thầy cô giáo bồi dưỡng đội tuyển."),
            Raw("<p>Nguồn: Phòng GD&amp;ĐT thành phố Lào Cai</p>"),
        ],
        source="Phòng GD&ĐT thành phố Lào Cai",
        opts={"account": 1, "tags": [1], "updated": "2026年11月25日 08:12", "comments": [
            ("Nguyễn Văn Bình", "2026-11-24 19:40:15", "Chúc mừng thầy trò nhà trường!"),
            ("Cựu học sinh K2015", "2026-11-25 07:02:48", "Tự hào quá Lê Quý Đôn ơi."),
        ]},
    ),
    Story(
        id=14,
        slug="ky-niem-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-20T09:00:00+07:00",
        blocks=[
            P("Sáng 20/11/2026, Trường THCS Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
              "giáo Việt Nam, với sự tham dự của đại diện Phòng GD&ĐT và Ban đại diện cha mẹ học sinh."),
            Img("/zb_users/upload/2026/11/202611200905112233.jpg",
                "(Tiết mục văn nghệ chào mừng của học sinh khối 7)",
                "Tiết mục văn nghệ chào mừng của học sinh khối 7", GRAY),
            P("Tại buổi lễ, nhà trường đã khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi "
              "cấp trường và 5 giáo viên đạt giải trong Hội giảng."),
            P("Thay mặt học sinh, em Lý Thị Hoa lớp 9A2 đọc bài thơ tặng thầy cô:"),
            P("Thầy cô như những cánh buồm", "br"),
            P("Đưa em vượt sóng biển tri thức xa"),
            P("Vùng cao sương phủ bao la", "br"),
            P("Ánh đèn lớp học vẫn là niềm tin"),
            Img("/zb_users/upload/2026/11/202611200907456611.jpg",
                "Ban Giám hiệu chụp ảnh lưu niệm cùng giáo viên được khen thưởng",
                "Ban Giám hiệu chụp ảnh lưu niệm cùng giáo viên được khen thưởng", GRAY),
            _italic_right("Tin: Phạm Thu Trang - Ảnh: Hoàng Văn Dũng"),
        ],
        authors=["Phạm Thu Trang"],
        photographers=["Hoàng Văn Dũng"],
        opts={"account": 2, "tags": [3], "updated": "2026年11月21日 10:30", "comments": [
            ("Phụ huynh 9A2", "2026-11-20 12:05:11", "Bài thơ của con rất cảm động."),
            ("Trần Mạnh Tuấn", "2026-11-20 13:47:30", "Kính chúc các thầy cô luôn mạnh khỏe."),
            ("Cựu học sinh 2010", "2026-11-20 18:22:09", "Nhớ trường, nhớ thầy cô quá."),
            ("Hà Thị Ngân", "2026-11-20 21:15:44", "Chúc mừng ngày 20/11!"),
            ("Lưu Văn Phúc", "2026-11-21 06:30:00", "Trường mình tổ chức chu đáo quá."),
            ("Phụ huynh 6A1", "2026-11-21 08:01:19", "Cảm ơn thầy cô đã dạy dỗ các con."),
        ]},
    ),
    Story(
        id=12,
        slug="hoi-giang-20-11",
        title="Hội giảng chào mừng ngày 20/11: nhiều tiết dạy sáng tạo",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-17T14:00:00+07:00",
        summary="Hội giảng năm nay có 18 giáo viên tham gia, nhiều tiết dạy vận dụng phương pháp dạy học "
                "tích cực và chuyển đổi số.",
        sapo_outside=True,
        blocks=[
            P("Hội giảng diễn ra từ ngày 02 đến 14/11/2026 ở tất cả các tổ chuyên môn, mỗi giáo viên "
              "dạy một tiết được Ban giám khảo dự và đánh giá theo Công văn 5512."),
            P("Nhiều tiết dạy sử dụng học liệu số, phiếu học tập điện tử và các trò chơi học tập, "
              "tạo hứng thú cho học sinh."),
            P("Kết quả, có 5 giáo viên đạt giải, trong đó cô Đỗ Thị Lan (Tiếng Anh) và thầy Vũ Minh Quân "
              "(Toán) đạt giải Nhất."),
            Raw('<p>Xem thêm: <a href="/post/16.html">Kết quả kỳ thi chọn học sinh giỏi cấp thành phố '
                'lớp 9</a></p>'),
        ],
        opts={"account": 1, "tags": [3, 2], "comments": []},
    ),
    Story(
        id=11,
        slug="atgt-khoi-6",
        title="Tuyên truyền an toàn giao thông cho học sinh khối 6",
        cat="Hoạt động Đội",
        published_at="2026-11-10T08:40:00+07:00",
        blocks=[
            P("Nhằm nâng cao ý thức chấp hành luật giao thông, Liên đội phối hợp với Đội Cảnh sát giao "
              "thông Công an thành phố Lào Cai tổ chức buổi tuyên truyền cho học sinh khối 6."),
            Img("/zb_users/upload/2026/11/202611100842337765.jpg", "Ảnh: Vàng A Sử", None, CREDIT),
            P("Các em được hướng dẫn cách đội mũ bảo hiểm đúng quy cách, kỹ năng đi xe đạp an toàn "
              "và những lỗi vi phạm thường gặp ở lứa tuổi học sinh."),
            P("Kết thúc buổi tuyên truyền, 100% học sinh khối 6 ký cam kết không vi phạm luật giao thông."),
        ],
        photographers=["Vàng A Sử"],
        opts={"account": 2, "tags": [], "comments": []},
    ),
    Story(
        id=10,
        slug="nghien-cuu-bai-hoc-toan",
        title="Sinh hoạt tổ chuyên môn theo nghiên cứu bài học môn Toán",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-05T16:10:00+07:00",
        blocks=[
            P("Ngày 04/11/2026, Tổ Toán - Tin tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học với "
              "bài “Định lí Pythagore” lớp 8."),
            P("Buổi sinh hoạt gồm các bước:"),
            P("Xây dựng bài học minh họa và dự kiến khó khăn của học sinh.", "li"),
            P("Dạy minh họa và dự giờ, tập trung quan sát việc học của học sinh.", "li"),
            P("Thảo luận, suy ngẫm và rút kinh nghiệm về bài học.", "li"),
            P("Qua sinh hoạt, giáo viên trong tổ thống nhất điều chỉnh một số hoạt động để phù hợp "
              "với học sinh các lớp đại trà."),
            _sig("Tổ Toán - Tin"),
        ],
        authors=["Tổ Toán - Tin"],
        opts={"account": 2, "tags": [], "comments": []},
    ),
    Story(
        id=8,
        slug="tin-hoc-tre",
        title="Đội tuyển Tin học tham gia cuộc thi “Tin học trẻ” tỉnh Lào Cai lần thứ XXII",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-30T11:25:00+07:00",
        blocks=[
            P("Ngày 29/10/2026, 4 học sinh của nhà trường tham gia cuộc thi “Tin học trẻ” tỉnh Lào Cai "
              "lần thứ XXII bảng B dành cho học sinh THCS."),
            Img("/zb_users/upload/2026/10/202610301127034471.jpg",
                "Đội tuyển Tin học nhà trường tại hội thi",
                "Đội tuyển Tin học nhà trường tại hội thi", GRAY),
            P("Em Giàng Thị Dung lớp 9A1 đạt giải Nhì phần thi lập trình, em Nguyễn Hoàng Nam lớp 8A3 "
              "đạt giải Khuyến khích."),
            P("Đây là năm thứ ba liên tiếp nhà trường có học sinh đạt giải tại cuộc thi."),
            _italic_right("Theo Báo Lào Cai"),
        ],
        source="Báo Lào Cai",
        opts={"account": 1, "tags": [1], "comments": []},
    ),
    Story(
        id=6,
        slug="em-yeu-lao-cai",
        title="Chi đội 7A3 tổ chức hoạt động trải nghiệm “Em yêu Lào Cai”",
        cat="Hoạt động Đội",
        published_at="2026-10-20T15:00:00+07:00",
        blocks=[
            P("Chiều 18/10/2026, Chi đội 7A3 tổ chức cho đội viên tham quan Đền Thượng, Cột cờ Lào Cai "
              "và Cửa khẩu Quốc tế Lào Cai.", "sec"),
            Img("/zb_users/upload/2026/10/202610201502219930.jpg",
                "Đội viên Chi đội 7A3 tại Cột cờ Lào Cai",
                "Đội viên Chi đội 7A3 tại Cột cờ Lào Cai", GRAY),
            P("Các em được nghe thuyết minh về lịch sử vùng đất biên cương và thi tìm hiểu kiến thức "
              "về quê hương.", "sec"),
            P("Chuyến đi giúp đội viên thêm yêu và tự hào về mảnh đất Lào Cai.", "sec"),
            _sig("Nguyễn Minh Khôi", "Chi đội trưởng 7A3"),
        ],
        authors=["Nguyễn Minh Khôi"],
        opts={"account": 2, "tags": [], "comments": []},
    ),
    Story(
        id=5,
        slug="lich-tiep-phu-huynh",
        title="Thông báo lịch tiếp phụ huynh học sinh năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-10-10",
        blocks=[
            Raw('<table width="100%" border="0" style="border-collapse:collapse;"><tbody><tr>'
                '<td width="40%" style="text-align:center;">PHÒNG GD&amp;ĐT TP LÀO CAI<br/>'
                '<strong>TRƯỜNG THCS LÊ QUÝ ĐÔN</strong><br/>Số: 45/TB-THCSLQĐ</td>'
                '<td width="60%" style="text-align:center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
                '</strong><br/><strong>Độc lập - Tự do - Hạnh phúc</strong><br/>'
                '<em>Lào Cai, ngày 10 tháng 10 năm 2026</em></td></tr></tbody></table>'),
            Raw('<p style="text-align:center;"><strong>THÔNG BÁO</strong><br/><strong>Về việc lịch tiếp '
                'phụ huynh học sinh năm học 2026 - 2027</strong></p>'),
            P("Để tăng cường phối hợp giữa nhà trường và gia đình, Trường THCS Lê Quý Đôn thông báo lịch "
              "tiếp phụ huynh học sinh như sau:"),
            P("Ban Giám hiệu tiếp phụ huynh vào sáng thứ Bảy hằng tuần, từ 8 giờ đến 10 giờ 30 tại "
              "phòng Hiệu trưởng."),
            P("Giáo viên chủ nhiệm tiếp phụ huynh theo lịch sinh hoạt lớp hoặc theo hẹn qua nhóm Zalo "
              "của lớp."),
            P("Nhà trường đề nghị phụ huynh liên hệ trước qua số điện thoại 0214 3820 456."),
            Raw('<table width="100%" border="0"><tbody><tr><td width="50%" valign="top">'
                '<strong><em>Nơi nhận:</em></strong><br/>- Phụ huynh học sinh;<br/>- GVCN các lớp;<br/>'
                '- Lưu: VT.</td><td width="50%" style="text-align:center;" valign="top">'
                '<strong>HIỆU TRƯỞNG</strong><br/><br/><em>(Đã ký)</em><br/><br/>'
                '<strong>Trần Quang Huy</strong></td></tr></tbody></table>'),
        ],
        authors=["Trần Quang Huy"],
        opts={"account": 1, "tags": [], "time_printed": "2026年10月12日 09:30", "sticky": True,
              "comments": []},
    ),
    Story(
        id=4,
        slug="chuyen-doi-so-ho-so",
        title="Triển khai chuyển đổi số trong quản lý hồ sơ chuyên môn",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-05T08:00:00+07:00",
        blocks=[
            P("Từ tháng 10/2026, giáo viên nhà trường thực hiện hồ sơ chuyên môn trên phần mềm thay cho "
              "sổ sách giấy."),
            P("Kế hoạch bài dạy, sổ điểm và sổ ghi đầu bài được ký số và lưu trữ tập trung."),
            P("Tổ Văn phòng hỗ trợ giáo viên cài đặt chữ ký số trong tháng 10."),
        ],
        opts={"account": 1, "tags": [2], "comments": []},
    ),
]

BY_ID = {s.id: s for s in ARTICLES}
ORDER = sorted(ARTICLES, key=lambda s: (s.published_at or "", s.id), reverse=True)
CATE_OF = {s.id: next(c.id for c in CATES.values() if c.name == s.cat) for s in ARTICLES}

# the times the page prints (Y年m月d日 H:i of the post's saved time)
_PRINTED = {
    21: "2026年12月04日 16:45", 19: "2026年12月03日 07:30", 18: "2026年12月01日 00:00",
    17: "2026年11月28日 15:20", 16: "2026年11月24日 10:05", 14: "2026年11月20日 09:00",
    12: "2026年11月17日 14:00", 11: "2026年11月10日 08:40", 10: "2026年11月05日 16:10",
    8: "2026年10月30日 11:25", 6: "2026年10月20日 15:00", 5: "2026年10月12日 09:30",
    4: "2026年10月05日 08:00",
}
# the saved day of each post (the archives and the calendar use it)
_SAVED = {k: (int(v[0:4]), int(v[5:7]), int(v[8:10])) for k, v in _PRINTED.items()}

# --- static pages (same id space) ---------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    id: int
    title: str
    body: str
    comments: bool = False


PAGES = {
    2: Page(2, "Giới thiệu", (
        "<p style=\"text-indent:2em;\">Trường THCS Lê Quý Đôn được thành lập năm 1992, đóng trên địa bàn "
        "phường Cốc Lếu, thành phố Lào Cai. Năm học 2026 - 2027 nhà trường có 24 lớp với 986 học sinh.</p>"
        "<p style=\"text-indent:2em;\">Nhà trường đạt chuẩn quốc gia mức độ 2 năm 2021 và nhiều năm liền "
        "đạt danh hiệu Tập thể lao động xuất sắc.</p>"
        "<p style=\"text-align:center;\"><img src=\"/zb_users/upload/2025/08/toan-canh-truong.jpg\" "
        "alt=\"toan-canh-truong.jpg\"/></p>")),
    3: Page(3, "Liên hệ", (
        "<p>Địa chỉ: Số 88 đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai, tỉnh Lào Cai</p>"
        "<p>Điện thoại: 0214 3820 456</p><p>Email: c2lequydon.tplc@laocai.edu.vn</p>")),
    7: Page(7, "Cơ cấu tổ chức", (
        "<p><strong>Ban Giám hiệu</strong></p><p>Hiệu trưởng: Trần Quang Huy</p>"
        "<p>Phó Hiệu trưởng: Nguyễn Thị Hồng Nhung, Đặng Văn Long</p>"
        "<p><strong>Các tổ chuyên môn</strong></p><p>Tổ Toán - Tin, Tổ Ngữ văn - GDCD, Tổ Ngoại ngữ, "
        "Tổ Khoa học tự nhiên, Tổ Khoa học xã hội, Tổ Văn phòng.</p>")),
    15: Page(15, "Đội ngũ giáo viên", (
        "<table border=\"1\" style=\"border-collapse:collapse;\"><tbody>"
        "<tr><td>Tổ</td><td>Số giáo viên</td><td>Trên chuẩn</td></tr>"
        "<tr><td>Toán - Tin</td><td>11</td><td>9</td></tr>"
        "<tr><td>Ngữ văn - GDCD</td><td>10</td><td>8</td></tr>"
        "<tr><td>Ngoại ngữ</td><td>6</td><td>6</td></tr></tbody></table>")),
    9: Page(9, "Thời khóa biểu học kỳ I", (
        "<p>Thời khóa biểu áp dụng từ ngày 09/11/2026.</p>"
        "<p><a href=\"/zb_users/upload/2026/11/tkb-hk1-2026.xlsx\">Tải thời khóa biểu (Excel)</a></p>"
        "<table border=\"1\"><tbody><tr><td>Tiết</td><td>Thứ 2</td><td>Thứ 3</td></tr>"
        "<tr><td>1</td><td>Chào cờ</td><td>Toán</td></tr></tbody></table>")),
    13: Page(13, "Lưu bút", (
        "<p>Nơi các thế hệ học sinh, phụ huynh gửi lời nhắn tới thầy cô và nhà trường.</p>"), True),
}

NON_ARTICLES = [f"/?id={pid}" for pid in (2, 3, 7, 15, 9, 13)]

# --- rendering -------------------------------------------------------------------------------


def _t(value: str) -> str:
    return _html.escape(value, quote=False)


def _img_tag(src: str, *, lazy: bool = True) -> str:
    alt = esc(ALT.get(src, src.rsplit("/", 1)[-1]))
    if lazy:
        return (f'<img class="lazy" src="{LOADING}" data-original="{src}" title="{alt}" alt="{alt}" '
                f'width="600" height="400"/>')
    return f'<img src="{src}" title="{alt}" alt="{alt}"/>'


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(f'<p style="text-align:center;">{_img_tag(b.src)}</p>')
            if b.printed and b.style == GRAY:
                out.append('<p style="text-align:center;"><span style="font-size:12px;color:#7f7f7f;">'
                           f'<em>{_t(b.printed)}</em></span></p>')
            elif b.printed and b.style == CREDIT:
                out.append(f'<p style="text-align:center;"><em>{_t(b.printed)}</em></p>')
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = "".join(f'<td valign="top" style="word-break: break-all;">{_t(c)}</td>'
                                for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append('<table border="1" width="100%" style="border-collapse:collapse;"><tbody>'
                       + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li><p>{_t(blocks[i].text)}</p></li>")
                i += 1
            out.append('<ol class=" list-paddingleft-2" style="list-style-type: decimal;">'
                       + "".join(items) + "</ol>")
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align:center;"><em>{_t(b.text)}<br/>{_t(nxt.text)}</em></p>')
            i += 2
            continue
        elif b.style == "q":
            out.append(f'<blockquote><p>{_t(b.text)}</p></blockquote>')
        elif b.style == "sec":
            out.append('<section style="margin: 10px 0;box-sizing: border-box;"><section '
                       'style="padding: 8px;border-left: 3px solid #c00;"><p style="line-height:1.75em;">'
                       f'<span style="font-family: 宋体, SimSun;font-size: 16px;">{_t(b.text)}</span>'
                       "</p></section></section>")
        else:
            out.append(f'<p style="text-indent: 2em;">{_t(b.text)}</p>')
        i += 1
    return "\n".join(out)


def auto_intro(story: Story) -> tuple[str, bool]:
    """Z-Blog's automatic intro: paragraphs until ~200 characters; (html, whole text?)."""
    if story.summary and story.sapo_outside:
        return f"<p>{_t(story.summary)}</p>", False
    texts = [b.text for b in story.blocks if isinstance(b, P)]
    parts: list[str] = []
    total = 0
    for n, t in enumerate(texts):
        if total + len(t) > 200 and parts:
            return "".join(f"<p>{_t(p)}</p>" for p in parts) + "<p>...</p>", False
        if total + len(t) > 200:
            return f"<p>{_t(t[:200 - total])}...</p>", False
        parts.append(t)
        total += len(t)
        if n == len(texts) - 1:
            return "".join(f"<p>{_t(p)}</p>" for p in parts), True
    return "", True


def meta_description(story: Story) -> str:
    if story.summary and story.sapo_outside:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first[:140] + "..."


def _cate_link(cid: int) -> str:
    return f'<a href="/?cate={cid}">{esc(CATES[cid].name)}</a>'


def breadcrumb_cate(cid: int) -> str:
    chain = []
    c: Cate | None = CATES[cid]
    while c is not None:
        chain.insert(0, _cate_link(c.id))
        c = CATES[c.parent] if c.parent else None
    return " &gt; ".join(chain)


def _calendar() -> str:
    days_with = {}
    for _sid, (y, m, d) in _SAVED.items():
        if (y, m) == (2026, 12):
            days_with[d] = days_with.get(d, 0) + 1
    heads = "".join(f'<th title="{t}" scope="col"><small>{s}</small></th>' for t, s in (
        ("Thứ hai", "T2"), ("Thứ ba", "T3"), ("Thứ tư", "T4"), ("Thứ năm", "T5"), ("Thứ sáu", "T6"),
        ("Thứ bảy", "T7"), ("Chủ nhật", "CN")))
    cells = ["<td>&nbsp;</td>"]  # 1 Dec 2026 is a Tuesday
    for d in range(1, 32):
        if d in days_with:
            cells.append(f'<td><a href="/?date=2026-12-{d}" title="2026-12-{d} ({days_with[d]})" '
                         f'target="_blank">{d}</a></td>')
        elif d == 5:
            cells.append(f'<td id="today">{d}</td>')
        else:
            cells.append(f"<td>{d}</td>")
    while len(cells) % 7:
        cells.append("<td>&nbsp;</td>")
    rows = "".join("<tr>" + "".join(cells[i:i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    return ('<table id="tbCalendar"><caption><a href="/?date=2026-11">«</a>&nbsp;&nbsp;&nbsp;'
            '<a href="/?date=2026-12">Tháng 12 năm 2026</a>&nbsp;&nbsp;&nbsp;<a href="/?date=2027-1">»</a>'
            f"</caption><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table>")


def _module(mid: str, title: str, inner: str) -> str:
    return (f'<dl class="function" id="{mid}"><dt class="function_t">{title}</dt>'
            f'<dd class="function_c">{inner}</dd></dl>')


def sidebar() -> str:
    featured = []
    for sid in (14, 16):
        s = BY_ID[sid]
        first = next(b.text for b in s.blocks if isinstance(b, P))
        featured.append(f'<div class="tuijian-item"><a href="/?id={sid}"><img src="{s.images[0].src if s.images else LOADING}" '
                        f'alt=""/></a><h4><a href="/?id={sid}">{esc(s.title)}</a></h4>'
                        f"<p>{_t(first)}</p></div>")
    newest = "".join(f'<li><a href="/?id={s.id}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
                     for s in ORDER[:5])
    hot = "".join(f'<li><span class="num">{n}</span><a href="/post/{sid}.html">{esc(BY_ID[sid].title)}</a>'
                  f'<span class="views">{BY_ID[sid].views()}</span></li>'
                  for n, sid in enumerate((14, 16, 12), 1))
    archives = "".join(f'<li><a href="/?date=2026-{m}">Tháng {m} năm 2026 ({c})</a></li>'
                       for m, c in ((12, 3), (11, 6), (10, 4)))
    tagcloud = "".join(f'<li><a href="/?tags={tid}" title="{esc(name)}">{esc(name)}<span class="tag-count"> '
                       f'({sum(tid in s.opts["tags"] for s in ARTICLES)})</span></a></li>'
                       for tid, name in TAGS.items())
    links = ('<li><a href="https://laocai.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Lào Cai</a></li>'
             '<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>'
             '<li><a href="https://www.facebook.com/thcslequydon.laocai" target="_blank">Fanpage nhà trường</a></li>')
    search = ('<form name="search" method="post" action="/zb_system/cmd.php?act=search">'
              '<input type="text" name="q" size="11" placeholder="Nhập từ khóa..."/> '
              '<input type="submit" value="Tìm kiếm"/></form>')
    stats = ("<ul><li>Tổng bài viết: 13</li><li>Bình luận: 9</li><li>Đang online: 7</li>"
             "<li>Hôm nay: 215</li><li>Tổng truy cập: 186.452</li></ul>")
    return ('<div id="cebian" class="cebian-right">'
            + _module("divSearchPanel", "Tìm kiếm", search)
            + _module("divTuijian", "Bài nổi bật", "".join(featured))
            + _module("divCalendar", "Lịch", f'<div>{_calendar()}</div>')
            + _module("divPrevious", "Bài viết mới", f"<ul>{newest}</ul>")
            + _module("divHotPost", "Xem nhiều", f'<ul class="hot-list">{hot}</ul>')
            + _module("divArchives", "Lưu trữ", f"<ul>{archives}</ul>")
            + _module("divTags", "Thẻ", f"<ul>{tagcloud}</ul>")
            + _module("divStatistics", "Thống kê", stats)
            + _module("divLinkage", "Liên kết", f"<ul>{links}</ul>")
            + "</div>")


def layout(request: Request, title: str, main: str, *, body_class: str, description: str = "",
           og_image: str | None = None) -> str:
    base = base_url(request)
    notices = " &nbsp;|&nbsp; ".join(f'<a href="/?id={s.id}">{esc(s.title)}</a>'
                                      for s in ORDER if s.cat == "Thông báo")
    og = f'<meta property="og:image" content="{base}{og_image}"/>' if og_image else ""
    menu = (
        '<ul class="nav">'
        '<li class="navbar-item"><a href="/" title="">Trang chủ</a></li>'
        '<li class="navbar-item"><a href="/?id=2">Giới thiệu</a><ul class="sub-menu">'
        '<li><a href="/?id=7">Cơ cấu tổ chức</a></li><li><a href="/?id=15">Đội ngũ giáo viên</a></li></ul></li>'
        '<li class="navbar-item"><a href="/?cate=1">Tin tức - Sự kiện</a><ul class="sub-menu">'
        '<li><a href="/?cate=2">Hoạt động Đội</a></li></ul></li>'
        '<li class="navbar-item"><a href="/?cate=3">Hoạt động chuyên môn</a></li>'
        '<li class="navbar-item"><a href="/?cate=4">Thông báo</a></li>'
        '<li class="navbar-item"><a href="/?id=9">Thời khóa biểu</a></li>'
        '<li class="navbar-item"><a href="/?id=13">Lưu bút</a></li>'
        '<li class="navbar-item"><a href="/?id=3">Liên hệ</a></li></ul>'
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="generator" content="Z-BlogPHP 1.7.3"/>
<meta name="renderer" content="webkit"/>
<title>{esc(title)}</title>
<meta name="keywords" content="THCS Lê Quý Đôn, Lào Cai, trường học"/>
<meta name="description" content="{esc(description)}"/>
{og}
<link rel="stylesheet" rev="stylesheet" href="{THEME}/style/style.css?v=2.3" type="text/css" media="all"/>
<script src="/zb_system/script/jquery-2.2.4.min.js" type="text/javascript"></script>
<script src="/zb_system/script/zblogphp.js" type="text/javascript"></script>
<script src="/zb_system/script/c_html_js_add.php" type="text/javascript"></script>
<script src="{THEME}/script/jquery.lazyload.min.js" type="text/javascript"></script>
<link rel="alternate" type="application/rss+xml" href="{base}/feed.php" title="{SITE_NAME}"/>
</head>
<body class="{body_class}">
<div id="dingbu"><div class="wrap"><span class="riqi">{TODAY_LINE}</span>
<span class="dingbu-r"><a href="/feed.php">RSS</a> | <a href="/zb_system/login.php" rel="nofollow">Đăng nhập</a></span></div></div>
<div id="toubu"><div class="wrap"><div class="logo"><a href="/"><img src="{THEME}/style/images/logo.png" alt="{SITE_NAME}"/></a></div>
<div class="toubu-txt"><p>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ LÀO CAI</p><h2>TRƯỜNG THCS LÊ QUÝ ĐÔN</h2></div></div></div>
<div id="daohang"><div class="wrap">{menu}</div></div>
<div id="gonggao"><div class="wrap"><b>Thông báo:</b> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{notices}</marquee></div></div>
<div id="zhuti" class="wrap clearfix">
{sidebar()}
<div id="zhuyao" class="zhuyao-left">
{main}
</div>
</div>
<div id="dibu"><div class="wrap">
<p>Bản quyền © 2017 - 2026 <b>Trường THCS Lê Quý Đôn</b> - Thành phố Lào Cai</p>
<p>Địa chỉ: Số 88 đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai | Điện thoại: 0214 3820 456 | Email: c2lequydon.tplc@laocai.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Trần Quang Huy. Powered By <a href="https://www.zblogcn.com/" target="_blank" title="Z-BlogPHP">Z-BlogPHP</a>. Theme by XuanMag.</p>
</div></div>
<script type="text/javascript">$(function(){{$("img.lazy").lazyload({{effect:"fadeIn"}});}});</script>
</body>
</html>"""


def _comment_items(sid: int, comments: list[tuple[str, str, str]], start: int) -> str:
    out = []
    for n, (name, when, words) in enumerate(comments, start):
        cid = sid * 10 + n
        out.append(
            f'<ul class="msg" id="cmt{cid}"><li class="msgname"><img class="avatar" src="/zb_users/avatar/0.png" '
            f'alt="" width="32"/>&nbsp;<span class="commentname">{_t(name)}</span><br/><small>&nbsp;发布于&nbsp;'
            f'{when}&nbsp;&nbsp;<span class="revertcomment"><a href="#comment" '
            f"onclick=\"zbp.comment.reply('{cid}')\">Trả lời</a></span></small></li>"
            f'<li class="msgarticle"><p>{_t(words)}</p><label id="AjaxComment{cid}"></label></li></ul>')
    return "".join(out)


CMT_PER_PAGE = 4


def comments_block(sid: int, title: str, comments: list[tuple[str, str, str]]) -> str:
    first = comments[:CMT_PER_PAGE]
    pager = ""
    if len(comments) > CMT_PER_PAGE:
        pager = ('<div class="pagebar commentpagebar"><span class="page now-page">1</span>'
                 f'<a href="/zb_system/cmd.php?act=getcmt&amp;postid={sid}&amp;page=2" '
                 f"onclick=\"zbp.comment.get('{sid}','2');return false;\"><span class=\"page\">2</span></a></div>")
    head = (f'<h3 class="pinglun-tt">{len(comments)} bình luận về “{_t(title)}”</h3>' if comments
            else '<h3 class="pinglun-tt">Chưa có bình luận nào</h3>')
    return (f'<div id="comments" class="pinglunqu">{head}<label id="AjaxCommentBegin"></label>'
            f'{_comment_items(sid, first, 1)}{pager}<label id="AjaxCommentEnd"></label>'
            '<div class="post" id="divCommentPost"><p class="posttop"><a name="comment">发表评论:</a>'
            '<a rel="nofollow" id="cancel-reply" href="#divCommentPost" style="display:none;"><small>Hủy trả lời</small></a></p>'
            f'<form id="frmSumbit" target="_self" method="post" action="/zb_system/cmd.php?act=cmt&amp;postid={sid}&amp;key=3f9c2a">'
            '<input type="hidden" name="inpId" id="inpId" value="' + str(sid) + '"/>'
            '<input type="hidden" name="inpRevID" id="inpRevID" value="0"/>'
            '<p><input type="text" name="inpName" id="inpName" class="text" value="" size="28"/> <label for="inpName">Tên (*)</label></p>'
            '<p><input type="text" name="inpEmail" id="inpEmail" class="text" value="" size="28"/> <label for="inpEmail">Email</label></p>'
            '<p><input type="text" name="inpHomePage" id="inpHomePage" class="text" value="" size="28"/> <label for="inpHomePage">Trang web</label></p>'
            '<p><textarea name="txaArticle" id="txaArticle" class="text" cols="50" rows="4"></textarea></p>'
            '<p><input name="sumbit" type="submit" value="Gửi bình luận" onclick="return zbp.comment.post()" class="button"/></p>'
            "</form></div></div>")


def article_page(request: Request, story: Story) -> str:
    cid = CATE_OF[story.id]
    o = story.opts
    account = o["account"]
    printed = o.get("time_printed") or _PRINTED[story.id]
    idx = ORDER.index(story)
    older = ORDER[idx + 1] if idx + 1 < len(ORDER) else None
    newer = ORDER[idx - 1] if idx > 0 else None
    prevnext = '<div class="shangxia">'
    prevnext += (f'<p class="shang">« Bài trước: <a href="/?id={older.id}" title="{esc(older.title)}">'
                 f"{esc(older.title)}</a></p>" if older else '<p class="shang">« Bài trước: Không có</p>')
    prevnext += (f'<p class="xia">Bài sau: <a href="/?id={newer.id}" title="{esc(newer.title)}">'
                 f"{esc(newer.title)}</a> »</p>" if newer else '<p class="xia">Bài sau: Không có »</p>')
    prevnext += "</div>"
    related = [s for s in ORDER if CATE_OF[s.id] == cid and s.id != story.id][:4]
    rel_html = "".join(
        f'<li><a href="/?id={s.id}" class="xg-img"><img src="{s.images[0].src if s.images else THEME + "/style/images/noimg.jpg"}" '
        f'alt="{esc(s.title)}"/></a><a href="/?id={s.id}" title="{esc(s.title)}">{esc(s.title)}</a>'
        f'<span class="xg-date">{_PRINTED[s.id][5:11]}</span></li>' for s in related)
    tags = "".join(f'<a href="/?tags={t}" rel="tag">{esc(TAGS[t])}</a> ' for t in o["tags"])
    gengxin = f'<div class="gengxin">Sửa lần cuối: {o["updated"]}</div>' if o.get("updated") else ""
    zhaiyao = (f'<div class="zhaiyao"><b>Tóm tắt:</b> {_t(story.summary)}</div>'
               if story.summary and story.sapo_outside else "")
    base = base_url(request)
    main = f"""<div class="mianbao">Vị trí hiện tại: <a href="/">Trang chủ</a> &gt; {breadcrumb_cate(cid)} &gt; Bài viết</div>
<div class="wenzhang single" id="post-{story.id}">
<h1 class="biaoti">{esc(story.title)}</h1>
<div class="xinxi"><span class="shijian"><i class="iconfont icon-time"></i>{printed}</span>
<span class="zuozhe"><i class="iconfont icon-user"></i>Đăng bởi: <a href="/?auth={account}">{ACCOUNTS[account]}</a></span>
<span class="fenlei"><i class="iconfont icon-folder"></i>Chuyên mục: {_cate_link(cid)}</span>
<span class="liulan"><i class="iconfont icon-eye"></i>Lượt xem: {story.views()}</span>
<span class="pinglun"><a href="/?id={story.id}#comments">{len(o["comments"])} bình luận</a></span></div>
{gengxin}
{zhaiyao}
<div class="neirong" id="zbp_content">
{render_blocks(story)}
</div>
<div class="banquan"><p>Bản quyền: Bài viết do <a href="/">{SITE_NAME}</a> đăng tải, khi trích dẫn vui lòng ghi rõ nguồn.</p>
<p>Địa chỉ bài viết: <a href="/?id={story.id}">{base}/?id={story.id}</a></p></div>
<div class="biaoqian">Từ khóa: {tags or "Không có"}</div>
<div class="fenxiang">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={quote(base + "/?id=" + str(story.id), safe="")}" target="_blank" rel="nofollow"><img src="{THEME}/style/images/share-fb.png" alt="Facebook"/></a>
<a href="https://sp.zalo.me/share_inline?url={quote(base + "/?id=" + str(story.id), safe="")}" target="_blank" rel="nofollow"><img src="{THEME}/style/images/share-zalo.png" alt="Zalo"/></a>
<a href="javascript:window.print();" rel="nofollow">In bài viết</a></div>
{prevnext}
</div>
<div class="xiangguan"><h3>Bài viết liên quan</h3><ul>{rel_html}</ul></div>
{comments_block(story.id, story.title, o["comments"])}"""
    og = story.images[0].src if story.images else None
    return layout(request, f"{story.title} - {SITE_NAME}", main, body_class="single article",
                  description=meta_description(story), og_image=og)


def static_page(request: Request, page: Page) -> str:
    guest = ""
    if page.comments:
        guest = comments_block(page.id, page.title, [
            ("Cựu học sinh khóa 2008 - 2012", "2026-11-19 21:03:44", "Chúc trường ngày càng phát triển."),
            ("Phụ huynh lớp 7A1", "2026-11-30 09:12:05", "Cảm ơn cô chủ nhiệm đã quan tâm các con."),
        ])
    main = f"""<div class="mianbao">Vị trí hiện tại: <a href="/">Trang chủ</a> &gt; {esc(page.title)}</div>
<div class="wenzhang single page" id="post-{page.id}">
<h1 class="biaoti">{esc(page.title)}</h1>
<div class="neirong" id="zbp_content">{page.body}</div>
</div>
{guest}"""
    return layout(request, f"{page.title} - {SITE_NAME}", main, body_class="single page",
                  description=SITE_NAME)


def _list_item(story: Story, *, pinned: bool = False) -> str:
    intro, _ = auto_intro(story)
    thumb = (f'<div class="suolue"><a href="/?id={story.id}"><img src="{story.images[0].src}" '
             f'alt="{esc(story.title)}"/></a></div>' if story.images else "")
    badge = '<span class="zhiding">[Ghim]</span> ' if pinned else ""
    cid = CATE_OF[story.id]
    return f"""<div class="wenzhang multi{' istop' if pinned else ''}" id="post-{story.id}">
{thumb}<h2 class="biaoti">{badge}<a href="/?id={story.id}" title="{esc(story.title)}">{esc(story.title)}</a></h2>
<div class="xinxi"><span class="shijian">{_PRINTED[story.id][5:11]}</span> <span class="fenlei">{_cate_link(cid)}</span>
<span class="liulan">{story.views()} lượt xem</span> <span class="pinglun"><a href="/?id={story.id}#comments">{len(story.opts["comments"])}</a></span></div>
<div class="neirong">{intro}</div>
<p class="yuedu"><a href="/?id={story.id}">Đọc tiếp »</a></p>
</div>"""


def _pagebar(url, page: int, last: int) -> str:
    if last <= 1:
        return ""
    out = ['<div class="pagebar">']
    if page > 1:
        out.append(f'<a href="{url(1)}"><span class="page first-page">‹‹</span></a>')
        out.append(f'<a href="{url(page - 1)}"><span class="page prev-page">‹</span></a>')
    for n in range(1, last + 1):
        out.append(f'<span class="page now-page">{n}</span>' if n == page
                   else f'<a href="{url(n)}"><span class="page">{n}</span></a>')
    if page < last:
        out.append(f'<a href="{url(page + 1)}"><span class="page next-page">›</span></a>')
        out.append(f'<a href="{url(last)}"><span class="page last-page">››</span></a>')
    out.append("</div>")
    if page < last:
        out.append(f'<div class="jiazai"><a href="{url(page + 1)}" data-page="{page + 1}">Xem thêm bài viết</a></div>')
    return "".join(out)


def list_page(request: Request, heading: str, crumb: str, stories: list[Story], page: int,
              url, *, pinned: Story | None = None) -> Response | None:
    last = max(1, (len(stories) + PER_PAGE - 1) // PER_PAGE)
    if page < 1 or page > last:
        return None
    chunk = stories[(page - 1) * PER_PAGE: page * PER_PAGE]
    items = []
    if pinned is not None and page == 1:
        items.append(_list_item(pinned, pinned=True))
    items += [_list_item(s) for s in chunk]
    if not items:
        items.append('<div class="wenzhang multi kong"><p>Chưa có bài viết nào.</p></div>')
    title_part = f" - Trang {page}" if page > 1 else ""
    main = (f'<div class="mianbao">Vị trí hiện tại: <a href="/">Trang chủ</a>{crumb}</div>'
            f'<div class="liebiao"><h2 class="liebiao-tt">{esc(heading)}</h2>' + "\n".join(items)
            + "</div>" + _pagebar(url, page, last))
    title = f"{heading}{title_part} - {SITE_NAME}" if heading != SITE_NAME else f"{SITE_NAME}{title_part}"
    return html(layout(request, title, main, body_class="multi", description=SITE_NAME))


def _url(base: str):
    def make(n: int) -> str:
        if base == "/":
            return "/" if n == 1 else f"/?page={n}"
        return base if n == 1 else f"{base}&page={n}"
    return make


def feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}/?id={s.id}</link>"
        f"<pubDate>{s.published_at}</pubDate><description>{esc(meta_description(s))}</description></item>"
        for s in ORDER[:10])
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{SITE_NAME}</title>'
           f"<link>{base}/</link><description>Trang thông tin điện tử</description>{items}</channel></rss>")
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


_DATE = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() and not value.startswith("0") else None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path == "/":
            return self._root(request, params)
        m = re.fullmatch(r"/post/(\d+)\.html", path)
        if m and not request.query:
            story = BY_ID.get(int(m.group(1)))
            return html(article_page(request, story)) if story else None
        if path == "/feed.php":
            return feed(request)
        if path == "/search.php":
            return self._search(request, params.get("q", ""))
        if path == "/zb_system/cmd.php":
            act = params.get("act")
            if act == "search":
                q = request.form.get("q", "") or params.get("q", "")
                return redirect("/search.php?q=" + quote(q))
            if act == "getcmt":
                sid, page = _int(params.get("postid")), _int(params.get("page"))
                story = BY_ID.get(sid or 0)
                if story is None or page is None:
                    return None
                chunk = story.opts["comments"][(page - 1) * CMT_PER_PAGE: page * CMT_PER_PAGE]
                if not chunk or page == 1:
                    return None
                return html(_comment_items(story.id, chunk, (page - 1) * CMT_PER_PAGE + 1))
            return None
        if path == "/zb_system/script/c_html_js_add.php":
            return Response(200, "var zbpConfig={bloghost:'/',lang:{}};", {"Content-Type": "application/javascript"})
        if path.endswith(".xlsx") and path.startswith("/zb_users/upload/"):
            return Response(200, b"PK\x03\x04", {"Content-Type": XLSX})
        if path.startswith(("/zb_users/", "/zb_system/script/")) or path == "/favicon.ico":
            return static_file(path)
        return None

    def _root(self, request: Request, params: dict[str, str]) -> Response | None:
        keys = set(params)
        page = 1
        if "page" in keys:
            page = _int(params["page"]) or 0
            keys.discard("page")
        if not keys:
            stories = [s for s in ORDER]
            pinned = BY_ID[5]
            return list_page(request, SITE_NAME, "", stories, page, _url("/"), pinned=pinned)
        if len(keys) != 1:
            return None
        key = keys.pop()
        value = params[key]
        if key == "id":
            if "page" in params:
                return None
            n = _int(value)
            if n in BY_ID:
                return html(article_page(request, BY_ID[n]))
            if n in PAGES:
                return html(static_page(request, PAGES[n]))
            return None
        if key == "cate":
            c = _int(value)
            if c not in CATES:
                return None
            stories = [s for s in ORDER if CATE_OF[s.id] == c]
            # the category's pinned post is printed on top of page 1 and again in its place
            pinned = BY_ID[5] if c == 4 else None
            return list_page(request, CATES[c].name, " &gt; " + breadcrumb_cate(c), stories, page,
                             _url(f"/?cate={c}"), pinned=pinned)
        if key == "tags":
            t = _int(value)
            if t not in TAGS:
                return None
            stories = [s for s in ORDER if t in s.opts["tags"]]
            return list_page(request, f"Từ khóa: {TAGS[t]}", f" &gt; Thẻ: {esc(TAGS[t])}", stories, page,
                             _url(f"/?tags={t}"))
        if key == "auth":
            a = _int(value)
            if a not in ACCOUNTS:
                return None
            stories = [s for s in ORDER if s.opts["account"] == a]
            return list_page(request, f"Tác giả: {ACCOUNTS[a]}", f" &gt; {ACCOUNTS[a]}", stories, page,
                             _url(f"/?auth={a}"))
        if key == "date":
            m = _DATE.match(value)
            if not m or m.group(2).startswith("0") or (m.group(3) or "1").startswith("0"):
                return None
            y, mo = int(m.group(1)), int(m.group(2))
            d = int(m.group(3)) if m.group(3) else None
            if (y, mo) not in {(2026, 10), (2026, 11), (2026, 12), (2027, 1)}:
                return None
            if d is not None and not 1 <= d <= 31:
                return None
            stories = [s for s in ORDER if _SAVED[s.id][:2] == (y, mo) and (d is None or _SAVED[s.id][2] == d)]
            label = f"Ngày {d} tháng {mo} năm {y}" if d else f"Tháng {mo} năm {y}"
            return list_page(request, f"Lưu trữ: {label}", f" &gt; {label}", stories, page,
                             _url(f"/?date={value}"))
        return None

    def _search(self, request: Request, q: str) -> Response:
        q = q.strip()
        hits = [s for s in ORDER if q and q.lower() in s.title.lower()]
        items = "".join(f'<li><a href="/?id={s.id}">{esc(s.title)}</a></li>' for s in hits)
        main = (f'<div class="mianbao">Vị trí hiện tại: <a href="/">Trang chủ</a> &gt; Tìm kiếm</div>'
                f'<div class="liebiao"><h2 class="liebiao-tt">Kết quả tìm kiếm: {esc(q)}</h2>'
                f'<ul class="search-list">{items or "<li>Không tìm thấy bài viết nào.</li>"}</ul></div>')
        return html(layout(request, f"Tìm kiếm: {q} - {SITE_NAME}", main, body_class="multi search"))


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(s, f"/?id={s.id}", s.cat, alt_paths=[f"/post/{s.id}.html"])
    for s in ORDER
]
