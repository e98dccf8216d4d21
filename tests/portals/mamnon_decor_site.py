"""Trường Mầm non Hoa Sen (thành phố Vĩnh Yên, Vĩnh Phúc) on a cheap vendor PHP site builder
("WebMamNon Pro" of a local hosting shop) with its "cute" kindergarten theme.

Platform
--------
The vendor sells the same PHP/MySQL builder to hundreds of kindergartens: a fixed layout (top
strip with today's date, a cartoon banner, a pink menu bar, a content column and a right
sidebar), a CKEditor 3 box for the content, and a "theme" that the school's teachers decorate
themselves. The decoration is everywhere and none of it is article content:

- animated GIF bullets before every paragraph (``hoa.gif``, ``buom.gif``, ``ngoi-sao.gif``) and
  GIFs framing the headline (``ngoi-sao.gif`` either side, a ``khung-hoa.gif`` background);
- a decorative divider image between paragraphs (``duong-vien.png``, 700×28: as wide as a real
  photo, only short);
- cartoon stickers floating beside the text (``sticker-be-1.png``, ``width="60"``);
- emoji typed by the editors around titles and at the ends of paragraphs ("🌸", "🎉", "👶" …);
- a falling-snow script, a background music player (``<audio autoplay loop>``);
- a "Bé ngoan trong tuần" widget with the children's photos (JPEG avatars 80×80) *inside the
  article column*, under the text;
- the text itself in ``<span style="color:#ff00ff; font-family:'Comic Sans MS'">`` of changing
  colours.

URL scheme
----------
- ``/`` home: "Tin mới nhất" (the 4 newest posts), a box of the 3 newest posts of each of
  Hoạt động của bé, Góc phụ huynh and Thực đơn - Dinh dưỡng.
- ``/tin-tuc/<slug>-<id>.html``: a post. The builder routes on the id only: the same id with
  another slug answers 301 to the right slug (nothing links such a URL).
- ``/danh-muc/<slug>/trang-<n>.html``: a category list, 6 posts a page, newest first; pager
  "Trang: 1 2 3 »". "Tin tức" is the parent section: its list holds its own posts *and* those
  of the three other sections (13 posts: 6, 6, 1). The other sections list only their own.
- ``/gioi-thieu.html``, ``/lien-he.html`` (contact form), ``/thu-vien-anh.html`` (photo albums
  with captions and dates): static pages of the builder.
- Uploads: ``/upload/images/2026/<mm>/<file>.jpg`` (article photos, 600-800 px wide),
  ``/upload/theme/`` (GIF bullets, divider, stickers, banner), ``/upload/be-ngoan/`` (avatars),
  ``/upload/nhac/nhac-nen.mp3`` (the music: 404, the file was deleted long ago).
- No robots.txt, no sitemap, no feed.

Page templates
--------------
Post::

    <div class="khung-bai-viet">
      <div class="duong-dan">Trang chủ » Tin tức » <a>Hoạt động của bé</a></div>
      <div class="khung-tieu-de"><h1 class="tieu-de-tin"><img ngoi-sao.gif> 🌸 Title 🌸 <img ngoi-sao.gif></h1></div>
      <div class="thong-tin-tin">Đăng ngày: 17/11/2026 | Lượt xem: 321 | Người đăng: quantri</div>
      <div class="cong-cu"> In bài / Gửi email / Chia sẻ Facebook </div>
      [<div class="mo-ta-ngan"><img hoa.gif> <b>sapo</b></div>]
      <div class="noi-dung-tin"> sticker, paragraphs with GIF bullets, dividers, photos, byline </div>
      <div class="be-ngoan-tuan"> "Bé ngoan trong tuần": week dates, avatars 80×80, names </div>
      <div class="tin-khac"> "Các tin khác": 3 newest of the section, with "(dd/mm/yyyy)" </div>
    </div>

How each gold article is reached
--------------------------------
- The 4 newest: home "Tin mới nhất", Tin tức page 1.
- Posts of the three child sections: their section list (one page each), the home boxes, the
  "Các tin khác" list of their section's posts, Tin tức pages 1-2.
- Tin tức's own posts: the "Các tin khác" lists show the 3 newest of the section, so the
  opening-day post is seen only there and on Tin tức page 2, and the oldest post (the enrolment
  plan of August) only on ``/danh-muc/tin-tuc/trang-3.html``.

Traps
-----
- Decoration above: GIF bullets, frames, dividers as wide as photos, stickers, the avatars of
  "Bé ngoan trong tuần" (JPEGs under ``/upload/``, inside the article column), the banner, the
  "Tin xem nhiều" thumbnails: none of them is an article image.
- Emoji around titles and at paragraph ends are decoration: the gold title and body are the
  words without them (the spec calls them decoration, not content).
- Two posts are a poem and a children's song typed as lines with ``<br>``: each line is a
  paragraph of the body, each stanza its own ``<p>``.
- Two weekly menus are a table (Thứ | Bữa sáng | Bữa trưa | Bữa chiều): the header row and
  each day's row are body paragraphs, cells joined by " | ".
- Bylines: "Cô giáo: Nguyễn Thị Hương – Lớp Mẫu giáo lớn A1" (the teacher; the class is not
  part of the name), "BGH nhà trường" (the board signs: credited as printed), "Tổ Nuôi dưỡng"
  (a unit), "Tin: X – Ảnh: Y", "Tin, ảnh: X", "ThS. X – Phó Hiệu trưởng" (degree and post
  dropped). "Người đăng: quantri" in the meta row is the CMS login: nobody.
- Dates: only "Đăng ngày: dd/mm/yyyy" is the post's date; the header's "Thứ Sáu, 04/12/2026",
  the week of "Bé ngoan trong tuần" and the "(dd/mm/yyyy)" of "Các tin khác" are not.
- Non-articles: list pages (``trang-2``), the static pages and the photo album page (photos with
  captions and an update date, no post).

Gold decisions
--------------
- title: the words of ``h1.tieu-de-tin`` without the framing GIFs and emoji.
- published_at: "Đăng ngày" as a day ("2026-11-17"); no time is printed.
- summary: the bold lead (inside the content, also the first paragraph) or the builder's
  "Mô tả ngắn" box (outside the content; the first body paragraph in gold).
- images: the photos of ``noi-dung-tin``; caption = the line under a photo (italic centred,
  italic, or a plain centred line), None when nothing is printed.
- category: the last section of the breadcrumb.
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, static_file

NAME = "mamnon_decor_site"
PLATFORM = "Vendor PHP kindergarten site builder (WebMamNon Pro), cute decorated theme"
START_PATH = "/"

SITE_TITLE = "Trường Mầm non Hoa Sen"
HEADER_TODAY = "Thứ Sáu, 04/12/2026"
PER_PAGE = 6

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "hoat-dong-cua-be": "Hoạt động của bé",
    "goc-phu-huynh": "Góc phụ huynh",
    "thuc-don-dinh-duong": "Thực đơn - Dinh dưỡng",
}
PARENT = "tin-tuc"

THEME = "/upload/theme"
GIFS = ["hoa.gif", "buom.gif", "ngoi-sao.gif"]
COLOURS = ["#ff00ff", "#0066cc", "#ff6600", "#009933"]


def img(month: str, name: str) -> str:
    return f"/upload/images/2026/{month}/{name}"


def cong_gv(name: str, cls: str) -> Raw:
    return Raw(f'<p style="text-align:right"><b><i>Cô giáo: {esc(name)} – {esc(cls)}</i></b></p>')


def right(line: str) -> Raw:
    return Raw(f'<p style="text-align:right"><strong>{esc(line)}</strong></p>')


DIVIDER = Raw(
    f'<p style="text-align:center"><img src="{THEME}/duong-vien.png" width="700" height="28" '
    'alt="" /></p>'
)

# P styles: "" paragraph, "lead" bold lead, "h" sub-heading, "li" bullet, "v" a verse line,
# "v/" the last line of a stanza, "th"/"td" table rows; "+<emoji>" appends the emoji the editor
# typed after the text (decoration, not in gold).

STORIES: list[Story] = [
    Story(
        57,
        "thuc-don-tuan-4-thang-11-2026",
        "Thực đơn tuần 4 tháng 11/2026 (từ ngày 23/11 đến 27/11/2026)",
        "thuc-don-dinh-duong",
        "2026-11-21",
        [
            P(
                "Tổ Nuôi dưỡng nhà trường xin gửi tới quý phụ huynh thực đơn bán trú của các bé "
                "trong tuần 4 tháng 11/2026. Thực đơn được xây dựng theo phần mềm dinh dưỡng, đảm "
                "bảo cân đối các nhóm chất và đủ năng lượng cho trẻ nhà trẻ và mẫu giáo.",
                "+🍚",
            ),
            P("Thứ | Bữa sáng | Bữa trưa | Bữa chiều", "th"),
            P(
                "Thứ Hai | Cháo thịt bằm bí đỏ, sữa tươi | Cơm, thịt lợn kho trứng cút, canh rau ngót nấu thịt | Bánh flan, sữa chua",
                "td",
            ),
            P(
                "Thứ Ba | Phở gà | Cơm, cá basa sốt cà chua, canh bí xanh nấu tôm | Chè đỗ xanh",
                "td",
            ),
            P(
                "Thứ Tư | Bánh mì sữa, sữa đậu nành | Cơm, thịt bò xào cà rốt, canh cải nấu thịt | Cháo tôm rau cải",
                "td",
            ),
            P(
                "Thứ Năm | Bún mọc | Cơm, gà rang gừng, canh su hào nấu xương | Sữa chua, chuối tiêu",
                "td",
            ),
            P(
                "Thứ Sáu | Xôi gấc, sữa tươi | Cơm, đậu phụ sốt thịt, canh mồng tơi nấu cua | Bánh bông lan, sữa",
                "td",
            ),
            DIVIDER,
            P(
                "Lưu ý: Thực phẩm được nhập từ các cơ sở có hợp đồng và giấy chứng nhận an toàn thực "
                "phẩm; nhà trường lưu mẫu thức ăn 24 giờ theo quy định. Phụ huynh có con bị dị ứng "
                "thực phẩm xin báo cho giáo viên chủ nhiệm để bếp chuẩn bị suất ăn riêng."
            ),
            right("Tổ Nuôi dưỡng"),
        ],
        authors=["Tổ Nuôi dưỡng"],
        opts={"emo": "🍎"},
    ),
    Story(
        58,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Trường Mầm non Hoa Sen tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc",
        "2026-11-20",
        [
            P(
                "Sáng ngày 19/11/2026, trong không khí tưng bừng của những ngày tháng 11 lịch sử, "
                "Trường Mầm non Hoa Sen long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "(20/11/1982 – 20/11/2026).",
                "lead",
            ),
            P(
                "Về dự buổi lễ có đồng chí Phó Chủ tịch UBND phường Liên Bảo, đại diện lãnh đạo "
                "Phòng GD&ĐT thành phố Vĩnh Yên, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, "
                "giáo viên, nhân viên nhà trường.",
                "+🌸",
            ),
            Img(
                img("11", "le-20-11-toan-canh.jpg"),
                "Quang cảnh buổi Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Quang cảnh buổi Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "em-center",
            ),
            P(
                "Mở đầu chương trình là các tiết mục văn nghệ đặc sắc do chính các bé và cô giáo "
                "biểu diễn: múa “Cô giáo em”, đồng diễn “Bông hồng tặng cô”, hát “Cô và mẹ”. Những "
                "giọng hát trong trẻo của các bé đã mang đến cho buổi lễ nhiều cảm xúc."
            ),
            DIVIDER,
            P(
                "Thay mặt Ban giám hiệu, cô Hiệu trưởng Phạm Thị Thanh Hoa ôn lại truyền thống ngày "
                "Nhà giáo Việt Nam và điểm lại những kết quả nổi bật của nhà trường trong năm học "
                "2025-2026: 100% trẻ được đảm bảo an toàn tuyệt đối, tỷ lệ trẻ suy dinh dưỡng giảm "
                "còn 1,2%, nhà trường được công nhận đạt chuẩn Quốc gia mức độ 2."
            ),
            P(
                "Nhân dịp này, nhà trường khen thưởng 12 cô giáo đạt danh hiệu giáo viên dạy giỏi "
                "cấp trường và 3 cô giáo đạt giải trong Hội thi giáo viên dạy giỏi cấp thành phố.",
                "+🎉",
            ),
            Img(
                img("11", "le-20-11-khen-thuong.jpg"),
                "Ban giám hiệu trao giấy khen cho các cô giáo đạt thành tích xuất sắc",
                "Ban giám hiệu trao giấy khen cho các cô giáo đạt thành tích xuất sắc",
                "em-center",
            ),
            P(
                "Buổi lễ khép lại trong niềm vui, sự xúc động của các thầy cô và lời hứa của tập "
                "thể sư phạm nhà trường tiếp tục yêu nghề, mến trẻ, xứng đáng với niềm tin yêu của "
                "các bậc phụ huynh."
            ),
            right("BGH nhà trường"),
        ],
        authors=["BGH nhà trường"],
        summary=(
            "Sáng ngày 19/11/2026, trong không khí tưng bừng của những ngày tháng 11 lịch sử, "
            "Trường Mầm non Hoa Sen long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 – 20/11/2026)."
        ),
        opts={"emo": "🌸"},
    ),
    Story(
        56,
        "be-lop-mau-giao-lon-a1-hoc-hat-bai-co-giao-cua-be",
        "Bé lớp Mẫu giáo lớn A1 học hát bài “Cô giáo của bé” chào mừng ngày 20/11",
        "hoat-dong-cua-be",
        "2026-11-17",
        [
            P(
                "Chuẩn bị cho ngày hội 20/11, các bé lớp Mẫu giáo lớn A1 đã cùng cô học thuộc bài "
                "hát “Cô giáo của bé” do cô giáo chủ nhiệm sáng tác. Xin giới thiệu lời bài hát để "
                "phụ huynh cùng hát với bé ở nhà:",
                "+🎶",
            ),
            P("Sáng sáng bé đến lớp", "v"),
            P("Cô đứng đón ở cổng", "v"),
            P("Cô cười tươi như nắng", "v"),
            P("Bé chào cô thật ngoan.", "v/"),
            P("Cô dạy bé múa hát", "v"),
            P("Cô dạy bé đếm sao", "v"),
            P("Cô kể chuyện cổ tích", "v"),
            P("Bé nghe mãi không chán.", "v/"),
            P("Trưa cô ru bé ngủ", "v"),
            P("Chiều cô chải tóc xinh", "v"),
            P("Cô giáo như mẹ hiền", "v"),
            P("Bé yêu cô nhiều lắm!", "v/"),
            Img(img("11", "a1-hoc-hat.jpg"), None, None, "none"),
            P(
                "Các bé sẽ biểu diễn bài hát trong buổi Lễ kỷ niệm ngày Nhà giáo Việt Nam của nhà "
                "trường. Mong phụ huynh động viên, cùng tập hát với bé mỗi tối.",
                "+👶",
            ),
            cong_gv("Nguyễn Thị Hương", "Lớp Mẫu giáo lớn A1"),
        ],
        authors=["Nguyễn Thị Hương"],
        opts={"emo": "🎵"},
    ),
    Story(
        55,
        "phong-tranh-benh-tay-chan-mieng-cho-tre-mam-non",
        "Phòng tránh bệnh tay chân miệng cho trẻ mầm non khi thời tiết chuyển mùa",
        "goc-phu-huynh",
        "2026-11-13",
        [
            P(
                "Bệnh tay chân miệng là bệnh truyền nhiễm cấp tính do vi rút đường ruột gây ra, lây "
                "qua đường tiêu hóa và tiếp xúc trực tiếp. Trẻ dưới 5 tuổi là đối tượng dễ mắc bệnh "
                "nhất, đặc biệt trong những tháng giao mùa thu – đông."
            ),
            P("Dấu hiệu nhận biết", "h"),
            P("Trẻ sốt nhẹ, mệt mỏi, chán ăn, quấy khóc.", "li"),
            P("Xuất hiện các vết loét đỏ hoặc phỏng nước trong miệng, lưỡi, lợi.", "li"),
            P("Phát ban dạng phỏng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông.", "li"),
            P("Cách phòng bệnh tại gia đình", "h"),
            P(
                "Rửa tay cho trẻ bằng xà phòng dưới vòi nước chảy trước khi ăn, sau khi đi vệ sinh "
                "và khi đi học về; người chăm sóc trẻ cũng cần rửa tay thường xuyên.",
                "+🧼",
            ),
            P(
                "Cho trẻ ăn chín, uống chín; không mớm thức ăn cho trẻ; vệ sinh đồ chơi, tay nắm "
                "cửa, sàn nhà bằng xà phòng hoặc dung dịch khử khuẩn thông thường."
            ),
            P(
                "Khi trẻ có dấu hiệu nghi mắc bệnh, phụ huynh cho trẻ nghỉ học, đưa trẻ đến cơ sở y "
                "tế để được khám và báo ngay cho giáo viên chủ nhiệm để nhà trường kịp thời khử "
                "khuẩn lớp học."
            ),
            Raw(
                '<p style="text-align:right"><em>Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh Vĩnh '
                "Phúc</em></p>"
            ),
        ],
        source="Trung tâm Kiểm soát bệnh tật tỉnh Vĩnh Phúc",
        opts={},
    ),
    Story(
        54,
        "hoi-thi-be-khoe-be-ngoan-cap-truong-nam-hoc-2026-2027",
        "Hội thi “Bé khỏe – Bé ngoan” cấp trường năm học 2026-2027",
        "tin-tuc",
        "2026-11-10",
        [
            P(
                "Nhằm nâng cao chất lượng giáo dục phát triển thể chất và kỹ năng sống cho trẻ, "
                "sáng ngày 07/11/2026, Trường Mầm non Hoa Sen tổ chức Hội thi “Bé khỏe – Bé ngoan” "
                "cho các bé khối Mẫu giáo nhỡ và Mẫu giáo lớn."
            ),
            P(
                "Hội thi gồm ba phần: chào hỏi (các đội giới thiệu về lớp mình), đồng diễn thể dục "
                "và thi tài năng vận động với các trò chơi bật qua suối nhỏ, bò chui qua cổng, ném "
                "bóng trúng đích.",
                "+⚽",
            ),
            Img(
                img("11", "be-khoe-dong-dien.jpg"),
                "Phần đồng diễn thể dục của các bé lớp Mẫu giáo lớn A2",
                "Phần đồng diễn thể dục của các bé lớp Mẫu giáo lớn A2",
                "em-center",
            ),
            P(
                "Với sự chuẩn bị chu đáo, các bé đã tự tin, mạnh dạn thể hiện mình trước khán giả. "
                "Tiếng cổ vũ của các bậc phụ huynh làm không khí hội thi thêm sôi nổi."
            ),
            Img(img("11", "be-khoe-tro-choi.jpg"), None, None, "none"),
            DIVIDER,
            P(
                "Kết quả: Giải Nhất thuộc về lớp Mẫu giáo lớn A1; giải Nhì lớp Mẫu giáo lớn A2; "
                "giải Ba lớp Mẫu giáo nhỡ B1 và B2. Ban tổ chức trao giấy khen và phần quà cho tất "
                "cả các đội tham gia.",
                "+🏆",
            ),
            Img(
                img("11", "be-khoe-trao-giai.jpg"),
                "Trao giải cho các đội đạt giải",
                "Trao giải cho các đội đạt giải",
                "em",
            ),
            Raw('<p style="text-align:right"><b>Tin: Lê Thu Trang – Ảnh: Phạm Văn Hùng</b></p>'),
        ],
        authors=["Lê Thu Trang"],
        photographers=["Phạm Văn Hùng"],
        opts={"emo": "🎉"},
    ),
    Story(
        53,
        "be-lop-mau-giao-nho-b2-tham-quan-vuon-rau-cua-truong",
        "Bé lớp Mẫu giáo nhỡ B2 tham quan vườn rau của trường",
        "hoat-dong-cua-be",
        "2026-11-06",
        [
            P(
                "Trong chủ đề “Thế giới thực vật”, sáng thứ Tư vừa qua, cô và trò lớp Mẫu giáo nhỡ "
                "B2 đã có buổi tham quan vườn rau sạch phía sau dãy lớp học của nhà trường."
            ),
            P(
                "Các bé được cô giới thiệu tên các loại rau: rau cải, rau muống, su hào, bắp cải, "
                "cà chua. Bé nào cũng hào hứng được tự tay tưới nước, nhổ cỏ cho luống rau.",
                "+🥬",
            ),
            Img(img("11", "b2-vuon-rau.jpg"), None, None, "none"),
            P(
                "Qua buổi tham quan, các bé biết thêm về lợi ích của rau xanh, biết yêu quý người "
                "lao động và thích ăn rau hơn trong các bữa ăn ở trường."
            ),
            cong_gv("Trần Thu Hà", "Lớp Mẫu giáo nhỡ B2"),
        ],
        authors=["Trần Thu Hà"],
        opts={},
    ),
    Story(
        52,
        "thuc-don-tuan-1-thang-11-2026",
        "Thực đơn tuần 1 tháng 11/2026 (từ ngày 02/11 đến 06/11/2026)",
        "thuc-don-dinh-duong",
        "2026-10-31",
        [
            P(
                "Nhà trường thông báo thực đơn bán trú tuần 1 tháng 11/2026 áp dụng cho tất cả các "
                "nhóm, lớp."
            ),
            P("Thứ | Bữa sáng | Bữa trưa | Bữa chiều", "th"),
            P(
                "Thứ Hai | Bún riêu cua | Cơm, thịt gà xào nấm, canh bí đỏ | Sữa chua, bánh quy",
                "td",
            ),
            P(
                "Thứ Ba | Cháo chim bồ câu đậu xanh | Cơm, tôm rim thịt, canh rau dền | Chè hạt sen",
                "td",
            ),
            P(
                "Thứ Tư | Mì nấu thịt bò | Cơm, trứng đúc thịt, canh cải bắp | Bánh bao nhân thịt",
                "td",
            ),
            P("Thứ Năm | Xôi đỗ, sữa tươi | Cơm, cá thu sốt, canh chua | Cháo thịt bí xanh", "td"),
            P("Thứ Sáu | Bánh cuốn chả | Cơm, thịt kho tàu, canh rau ngót | Hoa quả, sữa", "td"),
            right("Tổ Nuôi dưỡng"),
        ],
        authors=["Tổ Nuôi dưỡng"],
        opts={},
    ),
    Story(
        51,
        "cha-me-nen-lam-gi-khi-be-khong-chiu-an-rau",
        "Cha mẹ nên làm gì khi bé không chịu ăn rau?",
        "goc-phu-huynh",
        "2026-10-27",
        [
            P(
                "Rau xanh cung cấp vitamin, khoáng chất và chất xơ, giúp bé tiêu hóa tốt và tăng "
                "sức đề kháng. Tuy vậy, nhiều bé lại rất “sợ” rau. Dưới đây là một vài gợi ý để "
                "bữa ăn có rau của bé nhẹ nhàng hơn.",
            ),
            P("Cho bé cùng đi chợ, chọn rau và nhặt rau với bố mẹ.", "li"),
            P("Cắt tỉa rau củ thành hình con vật, bông hoa ngộ nghĩnh.", "li"),
            P("Trộn rau băm nhỏ vào cháo, trứng rán, chả thịt.", "li"),
            P("Bố mẹ ăn rau cùng bé và không ép, không quát mắng khi bé chưa ăn.", "li"),
            DIVIDER,
            P(
                "Điều quan trọng nhất là sự kiên nhẫn: một món mới có khi phải cho bé thử tới 10 – "
                "15 lần bé mới chấp nhận. Hãy khen ngợi mỗi khi bé ăn được dù chỉ một miếng rau "
                "nhỏ nhé!",
                "+👶",
            ),
            Img(
                img("10", "be-an-rau.jpg"),
                "Bữa trưa có nhiều rau xanh của các bé ở trường",
                "Bữa trưa có nhiều rau xanh của các bé ở trường",
                "center",
            ),
            right("ThS. Đỗ Thị Mai Anh – Phó Hiệu trưởng"),
        ],
        authors=["Đỗ Thị Mai Anh"],
        summary=(
            "Bé nhà bạn cứ thấy rau là lắc đầu? Đó là chuyện của rất nhiều gia đình. Cùng tìm "
            "hiểu nguyên nhân và cách giúp bé làm quen với rau xanh."
        ),
        sapo_outside=True,
        opts={"emo": "👶"},
    ),
    Story(
        50,
        "doan-kiem-tra-phong-gd-dt-vinh-yen-ve-cong-tac-ban-tru",
        "Đón đoàn kiểm tra của Phòng GD&ĐT thành phố Vĩnh Yên về công tác bán trú",
        "tin-tuc",
        "2026-10-20",
        [
            P(
                "Ngày 16/10/2026, đoàn kiểm tra của Phòng GD&ĐT thành phố Vĩnh Yên do bà Nguyễn Thị "
                "Thu Hằng, Phó Trưởng phòng làm trưởng đoàn đã đến kiểm tra công tác tổ chức bán "
                "trú và an toàn thực phẩm tại Trường Mầm non Hoa Sen."
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ sổ sách, quy trình nhập thực phẩm, việc lưu mẫu thức ăn, "
                "khu vực bếp một chiều và dự giờ ăn, giờ ngủ của trẻ tại các lớp."
            ),
            Img(
                img("10", "kiem-tra-ban-tru.jpg"),
                "Đoàn kiểm tra làm việc tại bếp ăn một chiều của nhà trường",
                "Đoàn kiểm tra làm việc tại bếp ăn một chiều của nhà trường",
                "center",
            ),
            P(
                "Kết luận buổi kiểm tra, đoàn đánh giá cao công tác bán trú của nhà trường: hồ sơ "
                "đầy đủ, bếp ăn sạch sẽ, thực đơn phong phú, cô nuôi thực hiện đúng quy trình chế "
                "biến. Đoàn cũng góp ý nhà trường bổ sung thêm tủ lưu mẫu thức ăn."
            ),
            right("BGH nhà trường"),
        ],
        authors=["BGH nhà trường"],
        opts={},
    ),
    Story(
        49,
        "be-doc-tho-mua-thu-cua-be",
        "Bé đọc thơ “Mùa thu của bé”",
        "hoat-dong-cua-be",
        "2026-10-14",
        [
            P(
                "Trong giờ hoạt động làm quen văn học, các bé lớp Mẫu giáo bé C3 đã được cô dạy đọc "
                "bài thơ “Mùa thu của bé”. Mời các bậc phụ huynh cùng đọc với bé:",
            ),
            P("Mùa thu của bé", "h"),
            P("Lá vàng rơi rơi", "v"),
            P("Bay trên sân trường", "v"),
            P("Bé nhặt một chiếc", "v"),
            P("Tặng cô giáo thương.", "v/"),
            P("Trời thu xanh trong", "v"),
            P("Gió thu mát rượi", "v"),
            P("Cốm thơm bé ăn", "v"),
            P("Nhớ mùa thu tới.", "v/"),
            P("Bé vui đến lớp", "v"),
            P("Có bạn có cô", "v"),
            P("Mùa thu đẹp quá", "v"),
            P("Bé hát líu lo.", "v/"),
            Img(
                img("10", "c3-doc-tho.jpg"),
                "Bé Ngọc Anh đọc thơ cho cả lớp nghe",
                "Bé Ngọc Anh đọc thơ cho cả lớp nghe",
                "em-center",
            ),
            cong_gv("Vũ Thị Lan", "Lớp Mẫu giáo bé C3"),
        ],
        authors=["Vũ Thị Lan"],
        opts={"emo": "🍂"},
    ),
    Story(
        48,
        "vui-hoi-trang-ram-tet-trung-thu-2026",
        "Vui hội trăng rằm – Tết Trung thu 2026",
        "hoat-dong-cua-be",
        "2026-09-26",
        [
            P(
                "Chiều ngày 25/9/2026 (tức ngày 15 tháng 8 âm lịch), Trường Mầm non Hoa Sen tổ chức "
                "chương trình “Vui hội trăng rằm” cho gần 400 bé của 14 nhóm, lớp.",
                "+🏮",
            ),
            P(
                "Các bé được xem múa lân, nghe cô kể chuyện sự tích chú Cuội cung trăng và tham gia "
                "các trò chơi dân gian: rồng rắn lên mây, kéo co, bịt mắt bắt dê."
            ),
            Img(
                img("09", "trung-thu-mua-lan.jpg"),
                "Đội lân của các bé lớp Mẫu giáo lớn biểu diễn",
                "Đội lân của các bé lớp Mẫu giáo lớn biểu diễn",
                "em-center",
            ),
            P(
                "Mỗi lớp tự tay bày một mâm ngũ quả với những con vật ngộ nghĩnh làm từ hoa quả. "
                "Các bé cùng cô phá cỗ, rước đèn ông sao quanh sân trường trong tiếng trống rộn ràng.",
                "+🌕",
            ),
            Img(
                img("09", "trung-thu-mam-co.jpg"),
                "Mâm cỗ Trung thu của lớp Mẫu giáo nhỡ B1",
                "Mâm cỗ Trung thu của lớp Mẫu giáo nhỡ B1",
                "em-center",
            ),
            DIVIDER,
            P(
                "Ban đại diện cha mẹ học sinh đã trao tặng mỗi bé một phần quà Trung thu gồm bánh "
                "nướng, bánh dẻo và đèn lồng. Chương trình để lại trong các bé nhiều kỷ niệm đẹp."
            ),
            Img(img("09", "trung-thu-ruoc-den.jpg"), None, None, "none"),
            Raw('<p style="text-align:right"><b>Tin, ảnh: Lê Thu Trang</b></p>'),
        ],
        authors=["Lê Thu Trang"],
        photographers=["Lê Thu Trang"],
        opts={"emo": "🏮"},
    ),
    Story(
        47,
        "le-khai-giang-nam-hoc-2026-2027",
        "Lễ khai giảng năm học 2026-2027",
        "tin-tuc",
        "2026-09-05",
        [
            P(
                "Sáng ngày 05/9/2026, cùng với học sinh cả nước, cô và trò Trường Mầm non Hoa Sen "
                "hân hoan tổ chức Lễ khai giảng năm học mới 2026-2027.",
                "lead",
            ),
            P(
                "Năm học này nhà trường có 14 nhóm, lớp với 412 trẻ, trong đó 78 bé lần đầu đến "
                "trường. Các bé mới được các cô đón từ cổng trường, dắt vào lễ đài.",
                "+🎒",
            ),
            Img(
                img("09", "khai-giang-2026.jpg"),
                "Các bé lớp Mẫu giáo lớn chào mừng năm học mới",
                "Các bé lớp Mẫu giáo lớn chào mừng năm học mới",
                "em",
            ),
            P(
                "Cô Hiệu trưởng đánh trống khai giảng, mở đầu năm học với nhiều kỳ vọng. Sau buổi "
                "lễ, các bé được vui chơi tại các khu trò chơi ngoài trời và nhận quà của nhà trường."
            ),
        ],
        summary=(
            "Sáng ngày 05/9/2026, cùng với học sinh cả nước, cô và trò Trường Mầm non Hoa Sen "
            "hân hoan tổ chức Lễ khai giảng năm học mới 2026-2027."
        ),
        opts={"emo": "🎉"},
    ),
    Story(
        46,
        "ke-hoach-tuyen-sinh-nam-hoc-2026-2027",
        "Kế hoạch tuyển sinh năm học 2026-2027",
        "tin-tuc",
        "2026-08-15",
        [
            P(
                "Căn cứ Kế hoạch tuyển sinh của UBND thành phố Vĩnh Yên, Trường Mầm non Hoa Sen "
                "thông báo tuyển sinh năm học 2026-2027 như sau:"
            ),
            P("Đối tượng và chỉ tiêu", "h"),
            P("Nhà trẻ 24 – 36 tháng tuổi: 2 nhóm, 50 trẻ.", "li"),
            P("Mẫu giáo 3 tuổi: 3 lớp, 90 trẻ.", "li"),
            P("Trẻ 4 – 5 tuổi chuyển đến: theo số chỗ còn trống của từng lớp.", "li"),
            P("Hồ sơ tuyển sinh", "h"),
            P(
                "Đơn xin nhập học (theo mẫu), bản sao giấy khai sinh, bản sao sổ tiêm chủng của trẻ "
                "và giấy xác nhận thông tin cư trú."
            ),
            P(
                "Thời gian nhận hồ sơ: từ ngày 20/8 đến hết ngày 28/8/2026, trong giờ hành chính, "
                "tại Văn phòng nhà trường. Mọi chi tiết xin liên hệ số điện thoại 0211 3862 458."
            ),
            right("BGH nhà trường"),
        ],
        authors=["BGH nhà trường"],
        opts={},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def post_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}-{story.id}.html"


def list_path(key: str, page: int = 1) -> str:
    return f"/danh-muc/{key}/trang-{page}.html"


def sorted_posts(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (s.published_at, s.id), reverse=True)


def section_posts(key: str) -> list[Story]:
    if key == PARENT:
        return sorted_posts(STORIES)
    return sorted_posts([s for s in STORIES if s.cat == key])


GOLD = [gold_record(s, post_path(s), CATEGORIES[s.cat]) for s in STORIES]

NON_ARTICLES = [
    list_path("tin-tuc", 2),
    "/gioi-thieu.html",
    "/lien-he.html",
    "/thu-vien-anh.html",
    list_path("thuc-don-dinh-duong", 1),
]

#: "Tin xem nhiều" (most read) of the sidebar: chosen by the builder's counter
MOST_READ = [58, 48, 57, 51, 54]


# --- printing -------------------------------------------------------------------------------


def dmy(story: Story) -> str:
    y, m, d = story.published_at.split("-")
    return f"{d}/{m}/{y}"


def split_style(style: str) -> tuple[str, str]:
    base, _, emo = style.partition("+")
    return base, emo


def deco_text(p: P, i: int) -> str:
    """The words in the builder's coloured Comic Sans span, the editor's emoji after them."""
    _, emo = split_style(p.style)
    colour = COLOURS[i % len(COLOURS)]
    words = f"<span style=\"color:{colour}; font-family:'Comic Sans MS'\">{esc(p.text)}</span>"
    return words + (f" {emo}" if emo else "")


def bullet(i: int) -> str:
    gif = GIFS[i % len(GIFS)]
    return f'<img src="{THEME}/{gif}" width="22" height="22" alt="" class="bullet-deco" />'


def photo(b: Img) -> str:
    out = [
        '<p style="text-align:center"><img src="'
        f'{b.src}" width="700" height="467" alt="{esc(b.caption or "")}" '
        'style="border:4px solid #ffb6c1; border-radius:12px" /></p>'
    ]
    if b.printed and b.style == "em-center":
        out.append(f'<p style="text-align:center"><em>{esc(b.printed)}</em></p>')
    elif b.printed and b.style == "em":
        out.append(f"<p><em>{esc(b.printed)}</em></p>")
    elif b.printed and b.style == "center":
        out.append(
            f'<p style="text-align:center"><span style="font-size:12px">{esc(b.printed)}</span></p>'
        )
    return "\n".join(out)


def render_body(story: Story) -> str:
    out: list[str] = [
        f'<img src="{THEME}/sticker-be-1.png" width="60" alt="" '
        'style="float:right; margin:0 0 8px 8px" class="sticker" />'
    ]
    blocks = story.blocks
    i = 0
    n = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(photo(b))
            i += 1
            continue
        base, _ = split_style(b.style)
        if base == "li":
            items = []
            while (
                i < len(blocks)
                and isinstance(blocks[i], P)
                and split_style(blocks[i].style)[0] == "li"
            ):
                items.append(f"<li>{deco_text(blocks[i], n)}</li>")
                i += 1
                n += 1
            out.append(
                f'<ul style="list-style-image:url({THEME}/ngoi-sao.gif)">'
                + "".join(items)
                + "</ul>"
            )
            continue
        if base in ("v", "v/"):
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P):
                vb, _ = split_style(blocks[i].style)
                if vb not in ("v", "v/"):
                    break
                lines.append(deco_text(blocks[i], n))
                i += 1
                if vb == "v/":
                    break
            n += 1
            out.append(
                f'<p style="text-align:center">{bullet(n)} ' + "<br />\n".join(lines) + "</p>"
            )
            continue
        if base in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    rows.append(
                        '<tr style="background:#ff99cc; color:#ffffff">'
                        + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in cells)
                        + "</tr>"
                    )
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="5" cellspacing="0" style="width:100%; '
                'border-color:#ff99cc"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        if base == "h":
            out.append(f'<h3 style="color:#ff6600">{bullet(2)} {esc(b.text)} {bullet(2)}</h3>')
        elif base == "lead":
            out.append(f"<p>{bullet(n)} <strong>{deco_text(b, n)}</strong></p>")
        else:
            out.append(f'<p style="text-align:justify">{bullet(n)} {deco_text(b, n)}</p>')
        n += 1
        i += 1
    return "\n".join(out)


def title_printed(story: Story) -> str:
    emo = story.opts.get("emo")
    return f"{emo} {story.title} {emo}" if emo else story.title


def menu() -> str:
    items = [
        ("/", "Trang chủ"),
        ("/gioi-thieu.html", "Giới thiệu"),
        (list_path("tin-tuc"), "Tin tức"),
        (list_path("hoat-dong-cua-be"), "Hoạt động của bé"),
        (list_path("goc-phu-huynh"), "Góc phụ huynh"),
        (list_path("thuc-don-dinh-duong"), "Thực đơn - Dinh dưỡng"),
        ("/thu-vien-anh.html", "Thư viện ảnh"),
        ("/lien-he.html", "Liên hệ"),
    ]
    return "".join(
        f'<li><a href="{href}"><img src="{THEME}/buom.gif" width="16" height="16" alt="" /> '
        f"{esc(label)}</a></li>"
        for href, label in items
    )


def sidebar() -> str:
    most = "".join(
        f'<li><img src="{THEME}/hoa.gif" width="14" height="14" alt="" /> '
        f'<a href="{post_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>'
        for i in MOST_READ
    )
    return f"""<div id="cot-phai">
<div class="hop-phai"><div class="tieu-de-hop"><img src="{THEME}/ngoi-sao.gif" alt="" /> Thông điệp của Hiệu trưởng</div>
<div class="noi-dung-hop"><img src="/upload/theme/hieu-truong.jpg" width="180" height="220" alt="Hiệu trưởng" />
<p>“Mỗi ngày đến trường là một ngày vui!”</p></div></div>
<div class="hop-phai"><div class="tieu-de-hop"><img src="{THEME}/ngoi-sao.gif" alt="" /> Tin xem nhiều</div>
<ul class="tin-xem-nhieu">{most}</ul></div>
<div class="hop-phai"><div class="tieu-de-hop"><img src="{THEME}/ngoi-sao.gif" alt="" /> Thăm dò ý kiến</div>
<form method="post" action="/binh-chon.html"><p>Quý phụ huynh đánh giá thế nào về bữa ăn bán trú của bé?</p>
<label><input type="radio" name="phuongan" value="1" /> Rất hài lòng</label><br />
<label><input type="radio" name="phuongan" value="2" /> Hài lòng</label><br />
<label><input type="radio" name="phuongan" value="3" /> Cần cải thiện</label><br />
<input type="hidden" name="idbinhchon" value="3" />
<input type="submit" value="Bình chọn" /> <input type="button" value="Xem kết quả" onclick="xemKetQua(3)" />
</form></div>
<div class="hop-phai"><div class="tieu-de-hop"><img src="{THEME}/ngoi-sao.gif" alt="" /> Liên kết website</div>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://vinhphuc.edu.vn">Sở GD&amp;ĐT Vĩnh Phúc</option>
<option value="https://pgdvinhyen.edu.vn">Phòng GD&amp;ĐT Vĩnh Yên</option></select></div>
<div class="hop-phai"><div class="tieu-de-hop"><img src="{THEME}/ngoi-sao.gif" alt="" /> Thống kê truy cập</div>
<ul class="thong-ke"><li>Đang online: 12</li><li>Hôm nay: 245</li><li>Hôm qua: 311</li>
<li>Tổng truy cập: 318.562</li></ul></div>
</div>"""


def layout(title: str, main: str, head: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="keywords" content="mầm non hoa sen, mam non vinh yen, truong mam non" />
{head}
<link href="/css/cute-theme.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="/js/tuyet-roi.js"></script>
<script type="text/javascript">
var snowmax = 35; var snowcolor = ["#ffffff", "#ffe4f2", "#e0f0ff"]; var snowletter = "❄";
window.onload = function () {{ if (typeof initsnow === "function") initsnow(); }};
</script>
</head>
<body style="background:#fff0f6 url({THEME}/nen-hoa.gif)">
<audio autoplay="autoplay" loop="loop" id="nhac-nen"><source src="/upload/nhac/nhac-nen.mp3" type="audio/mpeg" /></audio>
<div id="wrapper">
<div id="top-bar"><span class="ngay-thang">{HEADER_TODAY}</span>
<marquee scrollamount="3">🌸 Chào mừng quý phụ huynh và các bé đến với website Trường Mầm non Hoa Sen! 🌸</marquee>
<a href="javascript:void(0)" onclick="document.getElementById('nhac-nen').pause()">Tắt nhạc</a></div>
<div id="banner"><a href="/"><img src="{THEME}/banner-hoat-hinh.gif" width="1000" height="220" alt="Trường Mầm non Hoa Sen" /></a></div>
<div id="menu"><ul>{menu()}</ul></div>
<div id="noi-dung">
<div id="cot-trai">
{main}
</div>
{sidebar()}
<div class="clear"></div>
</div>
<div id="footer"><img src="{THEME}/footer-may.png" width="1000" height="40" alt="" />
<p><b>TRƯỜNG MẦM NON HOA SEN</b></p>
<p>Địa chỉ: Số 18 đường Hoa Sen, phường Liên Bảo, thành phố Vĩnh Yên, tỉnh Vĩnh Phúc</p>
<p>Điện thoại: 0211 3862 458 – Email: mnhoasen.vy@vinhphuc.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Phạm Thị Thanh Hoa</p>
<p class="ban-quyen">Thiết kế bởi WebMamNon Pro – Phần mềm website trường học</p>
</div>
</div>
</body>
</html>"""


def be_ngoan() -> str:
    kids = [
        ("be-minh-khang.jpg", "Bé Minh Khang", "Lớp A1"),
        ("be-bao-ngoc.jpg", "Bé Bảo Ngọc", "Lớp A2"),
        ("be-gia-huy.jpg", "Bé Gia Huy", "Lớp B1"),
        ("be-tue-an.jpg", "Bé Tuệ An", "Lớp C3"),
    ]
    cells = "".join(
        f'<td align="center"><img src="/upload/be-ngoan/{f}" width="80" height="80" '
        f'alt="{esc(n)}" style="border-radius:40px" /><br />{esc(n)}<br />'
        f"<small>{esc(c)}</small></td>"
        for f, n, c in kids
    )
    return f"""<div class="be-ngoan-tuan">
<div class="tieu-de-hop"><img src="{THEME}/ngoi-sao.gif" alt="" /> Bé ngoan trong tuần <img src="{THEME}/ngoi-sao.gif" alt="" /></div>
<p class="tuan">Tuần 4 tháng 11 (23/11 - 27/11/2026)</p>
<table width="100%"><tr>{cells}</tr></table>
</div>"""


def card(story: Story, excerpt: bool = True) -> str:
    thumb = next((b.src for b in story.images), f"{THEME}/anh-mac-dinh.png")
    first = next(b.text for b in story.blocks if isinstance(b, P))
    words = first.split()
    short = " ".join(words[:30]) + (" ..." if len(words) > 30 else "")
    text = f'<p class="trich-dan">{esc(short)}</p>' if excerpt else ""
    return (
        f'<div class="tin-item"><a href="{post_path(story)}"><img src="{thumb}" width="140" '
        f'height="100" alt="" class="anh-nho" /></a>'
        f'<h3><img src="{THEME}/hoa.gif" width="16" height="16" alt="" /> '
        f'<a href="{post_path(story)}">{esc(story.title)}</a></h3>'
        f'<span class="ngay">({dmy(story)})</span>{text}'
        f'<a class="xem-tiep" href="{post_path(story)}">Xem tiếp »</a><div class="clear"></div></div>'
    )


def not_found() -> Response:
    main = (
        '<div class="khung-bai-viet"><h1 class="tieu-de-tin">Không tìm thấy trang</h1>'
        '<p>Trang bạn tìm không tồn tại hoặc đã bị xóa. <a href="/">Về trang chủ</a></p></div>'
    )
    return html(layout(f"Không tìm thấy trang - {SITE_TITLE}", main), status=404)


# --- pages ----------------------------------------------------------------------------------


def home() -> Response:
    newest = "".join(card(s) for s in sorted_posts(STORIES)[:4])
    boxes = []
    for key in ("hoat-dong-cua-be", "goc-phu-huynh", "thuc-don-dinh-duong"):
        items = "".join(
            f'<li><img src="{THEME}/buom.gif" width="14" height="14" alt="" /> '
            f'<a href="{post_path(s)}">{esc(s.title)}</a> <span class="ngay">({dmy(s)})</span></li>'
            for s in section_posts(key)[:3]
        )
        boxes.append(
            f'<div class="hop-chuyen-muc"><div class="tieu-de-hop"><a href="{list_path(key)}">'
            f"{esc(CATEGORIES[key])}</a></div><ul>{items}</ul></div>"
        )
    main = (
        f'<div class="hop-tin-moi"><div class="tieu-de-hop"><img src="{THEME}/ngoi-sao.gif" alt="" /> '
        f"Tin mới nhất</div>{newest}</div>" + "".join(boxes)
    )
    return html(layout(f"{SITE_TITLE} - Vĩnh Yên - Vĩnh Phúc", main))


def listing(key: str, page: int) -> Response:
    posts = section_posts(key)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page < 1 or page > pages:
        return not_found()
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    links = []
    for n in range(1, pages + 1):
        if n == page:
            links.append(f'<span class="trang-hien-tai">{n}</span>')
        else:
            links.append(f'<a href="{list_path(key, n)}">{n}</a>')
    if page < pages:
        links.append(f'<a href="{list_path(key, page + 1)}">»</a>')
    pager = f'<div class="phan-trang">Trang: {" ".join(links)}</div>' if pages > 1 else ""
    crumb = '<a href="/">Trang chủ</a> »'
    if key != PARENT:
        crumb += f' <a href="{list_path(PARENT)}">Tin tức</a> »'
    main = (
        f'<div class="duong-dan">{crumb} <span>{esc(CATEGORIES[key])}</span></div>'
        f'<div class="tieu-de-danh-muc"><img src="{THEME}/ngoi-sao.gif" alt="" /> '
        f'{esc(CATEGORIES[key])} <img src="{THEME}/ngoi-sao.gif" alt="" /></div>'
        + "".join(card(s) for s in chunk)
        + pager
    )
    suffix = f" - Trang {page}" if page > 1 else ""
    return html(layout(f"{CATEGORIES[key]}{suffix} - {SITE_TITLE}", main))


def post_page(story: Story) -> Response:
    cat = story.cat
    crumb = '<a href="/">Trang chủ</a> »'
    if cat != PARENT:
        crumb += f' <a href="{list_path(PARENT)}">Tin tức</a> »'
    crumb += f' <a href="{list_path(cat)}">{esc(CATEGORIES[cat])}</a>'
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = (
            f'<div class="mo-ta-ngan"><img src="{THEME}/hoa.gif" width="22" height="22" alt="" /> '
            f"<b>{esc(story.summary)}</b></div>"
        )
    others = [s for s in section_posts(cat) if s.cat == cat and s is not story][:3]
    related = "".join(
        f'<li><img src="{THEME}/buom.gif" width="14" height="14" alt="" /> '
        f'<a href="{post_path(s)}">{esc(s.title)}</a> <span class="ngay">({dmy(s)})</span></li>'
        for s in others
    )
    shown = title_printed(story)
    star = f'<img src="{THEME}/ngoi-sao.gif" width="28" height="28" alt="" />'
    main = f"""<div class="khung-bai-viet">
<div class="duong-dan">{crumb}</div>
<div class="khung-tieu-de" style="background:url({THEME}/khung-hoa.gif) no-repeat center">
<h1 class="tieu-de-tin">{star} {esc(shown)} {star}</h1>
</div>
<div class="thong-tin-tin">Đăng ngày: {dmy(story)} | Lượt xem: {story.views()} | Người đăng: quantri</div>
<div class="cong-cu"><a href="javascript:window.print()"><img src="{THEME}/icon-in.gif" alt="" /> In bài</a>
<a href="mailto:?subject={esc(story.title)}"><img src="{THEME}/icon-email.gif" alt="" /> Gửi email</a>
<a href="https://www.facebook.com/sharer.php?u=http://mnhoasen.vinhphuc.edu.vn{post_path(story)}" target="_blank">Chia sẻ Facebook</a></div>
{sapo}
<div class="noi-dung-tin">
{render_body(story)}
</div>
{be_ngoan()}
<div class="tin-khac"><div class="tieu-de-hop"><img src="{THEME}/ngoi-sao.gif" alt="" /> Các tin khác</div>
<ul>{related}</ul></div>
</div>"""
    head = (
        f'<meta property="og:title" content="{esc(shown)}" />\n'
        '<meta property="og:type" content="article" />'
    )
    return html(layout(f"{shown} - {SITE_TITLE}", main, head))


def static(title: str, content: str) -> Response:
    main = (
        f'<div class="duong-dan"><a href="/">Trang chủ</a> » <span>{esc(title)}</span></div>'
        f'<div class="khung-bai-viet"><div class="khung-tieu-de"><h1 class="tieu-de-tin">'
        f'<img src="{THEME}/ngoi-sao.gif" alt="" /> {esc(title)} <img src="{THEME}/ngoi-sao.gif" alt="" />'
        f'</h1></div><div class="noi-dung-tin">{content}</div></div>'
    )
    return html(layout(f"{title} - {SITE_TITLE}", main))


GIOI_THIEU = f"""<img src="{THEME}/sticker-be-1.png" width="60" alt="" style="float:right" />
<p>{'<img src="' + THEME + '/hoa.gif" alt="" />'} <span style="color:#ff00ff; font-family:'Comic Sans MS'">Trường Mầm non Hoa Sen được thành lập năm 1998, là trường mầm non công lập thuộc UBND thành phố Vĩnh Yên. 🌸</span></p>
<p>Hiện nay nhà trường có 14 nhóm, lớp với hơn 400 trẻ; 42 cán bộ, giáo viên, nhân viên, 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.</p>
<p style="text-align:center"><img src="/upload/images/gioi-thieu/toan-canh-truong.jpg" width="700" height="400" alt="" /></p>
<p style="text-align:center"><em>Toàn cảnh Trường Mầm non Hoa Sen</em></p>
<h3>Ban giám hiệu</h3>
<ul><li>Hiệu trưởng: Phạm Thị Thanh Hoa</li><li>Phó Hiệu trưởng: Đỗ Thị Mai Anh</li>
<li>Phó Hiệu trưởng: Nguyễn Thị Lụa</li></ul>
<p>Nhà trường đạt chuẩn Quốc gia mức độ 2 năm 2025, nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc.</p>"""

LIEN_HE = """<p><b>TRƯỜNG MẦM NON HOA SEN</b></p>
<p>Địa chỉ: Số 18 đường Hoa Sen, phường Liên Bảo, thành phố Vĩnh Yên, tỉnh Vĩnh Phúc</p>
<p>Điện thoại: 0211 3862 458 – Email: mnhoasen.vy@vinhphuc.edu.vn</p>
<form method="post" action="/lien-he.html"><table>
<tr><td>Họ và tên (*):</td><td><input type="text" name="hoten" /></td></tr>
<tr><td>Điện thoại:</td><td><input type="text" name="dienthoai" /></td></tr>
<tr><td>Email (*):</td><td><input type="text" name="email" /></td></tr>
<tr><td>Nội dung (*):</td><td><textarea name="noidung" rows="6" cols="40"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ" /> <input type="reset" value="Nhập lại" /></td></tr>
</table></form>"""

ALBUMS = [
    (
        "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026",
        "20/11/2026",
        "11",
        ["le-20-11-toan-canh.jpg", "le-20-11-khen-thuong.jpg"],
    ),
    (
        "Vui hội trăng rằm 2026",
        "26/09/2026",
        "09",
        ["trung-thu-mua-lan.jpg", "trung-thu-mam-co.jpg"],
    ),
    ("Lễ khai giảng năm học 2026-2027", "05/09/2026", "09", ["khai-giang-2026.jpg"]),
]


def thu_vien_anh() -> Response:
    parts = []
    for name, day, month, files in ALBUMS:
        pics = "".join(
            f'<div class="anh-album"><img src="{img(month, f)}" width="220" height="150" alt="" />'
            f"<p><em>{esc(name)}</em></p></div>"
            for f in files
        )
        parts.append(
            f'<div class="album"><h3><img src="{THEME}/buom.gif" alt="" /> {esc(name)}</h3>'
            f'<p class="ngay">Cập nhật: {day} – {len(files)} ảnh</p>{pics}<div class="clear"></div></div>'
        )
    return static("Thư viện ảnh", "".join(parts))


_POST_RE = re.compile(r"/tin-tuc/([a-z0-9-]+)-(\d+)\.html")
_LIST_RE = re.compile(r"/danh-muc/([a-z0-9-]+)/trang-(\d+)\.html")


class MamNonSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/upload/", "/css/", "/js/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/index.php"):
            return home()
        if path == "/gioi-thieu.html":
            return static("Giới thiệu", GIOI_THIEU)
        if path == "/lien-he.html":
            return static("Liên hệ", LIEN_HE)
        if path == "/thu-vien-anh.html":
            return thu_vien_anh()
        if m := _POST_RE.fullmatch(path):
            story = BY_ID.get(int(m.group(2)))
            if story is None:
                return not_found()
            if m.group(1) != story.slug:
                return redirect(post_path(story), 301)
            return post_page(story)
        if m := _LIST_RE.fullmatch(path):
            key = m.group(1)
            if key not in CATEGORIES:
                return not_found()
            return listing(key, int(m.group(2)))
        return not_found()


def build_site() -> MamNonSite:
    return MamNonSite()
